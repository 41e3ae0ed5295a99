/** What the page knows of a file of one's own areas once it is loaded: never sent anywhere. */
export interface OwnAreas {
  /** The file's name, as the user chose it. */
  file: string;
  /** The boundaries file's name, when one was loaded. */
  boundaries: string | null;
  /** What the reader assumed (need indicators left blank, ...). */
  notes: string[];
}
