/**
 * A chart's layout, worked out in one place and handed to its axes and layers by typed
 * context (as LayerCake's <LayerCake> hands its scales and padding to AxisY): the image's
 * size, the padding round the plot area, the value axes and, for charts of financial
 * years, the band scale of years. The chart makes its layout as it is set up, adds its
 * value axes and sets the context; axes and layers read it. Every part is $derived from
 * the getters the chart passes in, so a slider step recomputes only what its data touch.
 */
import { createContext } from 'svelte';
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import { labelStep, textWidth } from './axes/ticks.ts';

/** The axes' labels, px. */
const FONT = 12;
/** Room under the plot area for the x axis's labels, px. */
const BOTTOM = 24;

export interface LayoutSpec {
  /** The image's size, px. */
  readonly width: number;
  readonly height: number;
  /**
   * Padding above and right of the plot area, px (right: 6 unless given). The left
   * padding is the value axes' labels' room; the bottom, the x axis's labels'.
   */
  readonly padding: { readonly top: number; readonly right?: number };
}

export interface ValueAxisSpec {
  /** Smallest and largest value to show: the scale rounds them out to its ticks. */
  readonly domain: readonly [number, number];
  /** The axis's bottom and top, px: the plot area's unless given (for a panel of it). */
  readonly range?: readonly [number, number];
  /** About how many ticks. */
  readonly count: number;
  /** The tick labels' format, given the ticks (money labels take the decimals the step needs). */
  readonly format: (ticks: readonly number[]) => (v: number) => string;
}

/** A value axis: a linear scale made nice for its ticks, the ticks, and their labels. */
export class ValueAxis {
  constructor(
    private readonly layout: ChartLayout,
    private readonly spec: ValueAxisSpec,
  ) {}

  // Each field is worked out when first read, after the constructor: hence $derived.by.
  readonly scale: ScaleLinear<number, number> = $derived.by(() =>
    scaleLinear()
      .domain(this.spec.domain)
      .range(this.spec.range ?? [this.layout.bottom, this.layout.top])
      .nice(this.spec.count),
  );
  readonly ticks: number[] = $derived.by(() => this.scale.ticks(this.spec.count));
  readonly format: (v: number) => string = $derived.by(() => this.spec.format(this.ticks));
  /** The widest tick label, px. */
  readonly labelWidth: number = $derived.by(() => {
    let widest = 0;
    for (const t of this.ticks) widest = Math.max(widest, textWidth(this.format(t), FONT));
    return widest;
  });
}

/**
 * The image's size and its plot area, whose left edge leaves room for the widest label
 * of the value axes (each labelled left of the plot area).
 */
export class ChartLayout<S extends LayoutSpec = LayoutSpec> {
  /** Added while the chart is set up, before anything reads the layout. */
  readonly #axes: ValueAxis[] = [];

  constructor(protected readonly spec: S) {}

  get width(): number {
    return this.spec.width;
  }
  get height(): number {
    return this.spec.height;
  }

  /** The plot area's edges, px from the image's top left. */
  get top(): number {
    return this.spec.padding.top;
  }
  readonly right: number = $derived.by(() => this.width - (this.spec.padding.right ?? 6));
  readonly bottom: number = $derived(this.height - BOTTOM);
  readonly left: number = $derived.by(() => {
    let widest = 0;
    for (const axis of this.#axes) widest = Math.max(widest, axis.labelWidth);
    return widest + 10;
  });
  /** The x axis's labels' baseline, px. */
  readonly baseline: number = $derived(this.height - 6);

  /** A value axis of this chart, labelled left of the plot area. */
  valueAxis(spec: ValueAxisSpec): ValueAxis {
    const axis = new ValueAxis(this, spec);
    this.#axes.push(axis);
    return axis;
  }
}

export interface YearLayoutSpec extends LayoutSpec {
  /** The financial years, left to right. */
  readonly years: readonly string[];
}

/** A chart of financial years: one band per year across the plot area, labelled below it. */
export class YearLayout extends ChartLayout<YearLayoutSpec> {
  readonly x: ScaleBand<string> = $derived(
    scaleBand<string>()
      .domain(this.spec.years)
      .range([this.left, this.right])
      .paddingInner(0.25)
      .paddingOuter(0.15),
  );
  /** Label every step-th year, so that the labels never collide on narrow screens. */
  readonly step: number = $derived(labelStep(this.x.step(), textWidth('2017/18', FONT)));

  /** Bars side by side within a year's band, one for each key, left to right. */
  bands<K extends string>(keys: readonly K[]): ScaleBand<K> {
    return scaleBand<K>().domain(keys).range([0, this.x.bandwidth()]).paddingInner(0.1);
  }
}

/** The layout of the chart being drawn, for its value axes and layers. */
export const [getChartLayout, setChartLayout] = createContext<ChartLayout>();
const [getYears, setYears] = createContext<YearLayout>();
/** The layout of the chart of years being drawn, for its year axis and layers. */
export const getYearLayout = getYears;

/** Hands a chart of years' layout to its axes and layers, the year axis among them. */
export function setYearLayout(layout: YearLayout): void {
  setChartLayout(layout);
  setYears(layout);
}
