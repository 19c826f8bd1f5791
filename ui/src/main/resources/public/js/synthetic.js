// A synthetic graph for benchmarks (?synthetic=N): N nodes in loose clusters and 2N links, made locally.
const labels = ["University", "Enterprise", "Platform", "Park", "Unit", "Industry", "Region", "Task"];

export function syntheticGraph(count) {
  const random = d3.randomLcg(42);
  const nodes = Array.from({length: count}, (_, i) => ({
    id: `s${i}`, label: labels[i % labels.length], name: `${labels[i % labels.length]} ${i}`,
  }));
  const links = [];
  const clusters = Math.max(1, Math.round(count / 60));
  for (let i = 0; i < 2 * count; i++) {
    const source = Math.floor(random() * count);
    // most links stay inside a cluster, a few cross, so the layout has structure to draw
    const target = random() < 0.85
      ? (source - (source % clusters) + Math.floor(random() * clusters)) % count
      : Math.floor(random() * count);
    if (source !== target) links.push({source: `s${source}`, target: `s${target}`, type: i % 3 ? "MENTIONS" : "RESPONSIBLE_FOR", evidence: []});
  }
  const degree = new Map();
  for (const l of links) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
    degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
  }
  for (const n of nodes) n.degree = degree.get(n.id) ?? 0;
  return {nodes, links};
}
