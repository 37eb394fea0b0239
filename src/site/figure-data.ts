/** Build time: the FigureData of one indicator from the baked database (the same shape the browser fetches). */
import { figureData, type FigureData } from '../lib/figures/data.ts';
import { loadCrosswalk, loadFigures, loadIndicators, loadSources, loadUnits } from './data.ts';

/** Every figure of one indicator, national ones included, with the reference the models need. */
export async function loadFigureData(id: string): Promise<FigureData> {
  const [indicators, units, sources, crosswalk, figures] = await Promise.all([loadIndicators(), loadUnits(), loadSources(), loadCrosswalk(), loadFigures({ indicator: id })]);
  const info = indicators.find((i) => i.id === id);
  if (!info) throw new Error(`unknown indicator: ${id}`);
  return figureData(info, units, sources, crosswalk, figures);
}
