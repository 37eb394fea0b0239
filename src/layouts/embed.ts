/**
 * `?embed=1`: the page shows one chart alone (the one named by ?chart=ID, else the first), with its
 * source line and a "view on the site" link, for iframes on other sites.
 */
export function applyEmbed(doc: Document, location: Location): void {
  const q = new URLSearchParams(location.search);
  if (q.get('embed') !== '1') return;
  const main = doc.getElementById('main');
  const wanted = q.get('chart');
  const found = (wanted ? doc.getElementById(wanted) : null) ?? doc.querySelector('figure.chart-figure');
  // an island's figure moves with its <astro-island>, or it would not hydrate
  const chart = found?.closest('astro-island') ?? found?.closest('.map-block, figure');
  if (!main || !chart) return;
  q.delete('embed');
  q.delete('chart');
  const link = doc.createElement('a');
  const rest = q.toString();
  link.href = `${location.pathname}${rest ? `?${rest}` : ''}`;
  link.target = '_top';
  link.className = 'view-on-site';
  // the words come with the page (Base.astro, from the dictionary): this script carries no text
  link.textContent = main.dataset.viewOnSite ?? '';
  doc.body.classList.add('embed');
  // the indicator view draws its own link back, kept to the view as it changes
  if (found?.hasAttribute('data-embed-link')) main.replaceChildren(chart);
  else main.replaceChildren(chart, link);
}

applyEmbed(document, window.location);
