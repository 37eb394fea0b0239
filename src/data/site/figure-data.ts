/** Build time: the FigureData of one indicator from the baked database (the same shape the browser fetches). */
import { figureData, type FigureData } from '../../lib/figures/data.ts';
import { loadCrosswalk, loadFigures, loadIndicators, loadObservations, loadSources, loadUnits } from './data.ts';

/** Every figure of one indicator, national ones included, with the reference the models need. */
export async function loadFigureData(id: string): Promise<FigureData> {
  const [indicators, units, sources, crosswalk, figures, observations] = await Promise.all([
    loadIndicators(), loadUnits(), loadSources(), loadCrosswalk(), loadFigures({ indicator: id }), loadObservations({ indicator: id }),
  ]);
  const info = indicators.find((i) => i.id === id);
  if (!info) throw new Error(`unknown indicator: ${id}`);
  const subunits = observations.filter((o) => o.subunit !== '' || o.breakdown !== '').sort((a, b) => a.period_end.localeCompare(b.period_end) || a.geo.localeCompare(b.geo));
  return figureData(info, units, sources, crosswalk, figures, subunits);
}
