// The scaling chart of docs/benchmarks.md: add-a-tool time against the number of tools (log scale).

export interface Point {
  count: number;
  ms: number;
}

export function scalingChart(points: readonly Point[]): string {
  const [width, height, left, bottom, top, right] = [560, 300, 60, 40, 20, 20];
  const maxMs = Math.max(...points.map((point) => point.ms)) * 1.15;
  const logs = points.map((point) => Math.log10(point.count));
  const [minLog, maxLog] = [Math.min(...logs), Math.max(...logs)];
  const x = (count: number) => left + ((Math.log10(count) - minLog) / (maxLog - minLog || 1)) * (width - left - right);
  const y = (ms: number) => height - bottom - (ms / maxMs) * (height - bottom - top);
  const path = points.map((point) => `${x(point.count).toFixed(1)},${y(point.ms).toFixed(1)}`).join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * maxMs);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${width / 2}" y="14" text-anchor="middle">mcp-python tool: median time by tools in the server module</text>`,
    ...ticks.map((ms) => `<line x1="${left}" x2="${width - right}" y1="${y(ms).toFixed(1)}" y2="${y(ms).toFixed(1)}" stroke="#ddd"/>` +
      `<text x="${left - 6}" y="${(y(ms) + 4).toFixed(1)}" text-anchor="end">${ms.toFixed(0)} ms</text>`),
    ...points.map((point) => `<text x="${x(point.count).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle">${point.count}</text>`),
    `<polyline points="${path}" fill="none" stroke="#1f6feb" stroke-width="2"/>`,
    ...points.map((point) => `<circle cx="${x(point.count).toFixed(1)}" cy="${y(point.ms).toFixed(1)}" r="3.5" fill="#1f6feb"/>`),
    `<text x="${width / 2}" y="${height - 6}" text-anchor="middle">tools in the module (log scale)</text>`,
    '</svg>',
    '',
  ].join('\n');
}
