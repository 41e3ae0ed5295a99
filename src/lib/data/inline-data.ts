/**
 * The generated data, compiled into the bundle: used only by the offline
 * single-file build (`npm run build:single`), which must work from disk with no
 * requests at all. The normal build fetches the same files instead.
 */
import boroughs from '../../../public/data/boroughs.json';
import map from '../../../public/data/map.json';

export const inlineData: [unknown, unknown] = [boroughs, map];
