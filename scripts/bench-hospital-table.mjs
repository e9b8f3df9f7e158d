// The simulated hospital's results (`npm run bench:hospital`) as a Markdown table.

/** The results as a Markdown table; per day: the first, every tenth and the last. */
export function printTable(r) {
  const n = (value, digits = 0) =>
    Number.isFinite(value) ? value.toLocaleString('en', { maximumFractionDigits: digits }) : '—';
  const days = r.days ?? [];
  const moved = days.reduce((t, d) => t + d.pushed + d.served, 0);
  const seconds = days.reduce((t, d) => t + d.pushSeconds + d.pullSeconds, 0);
  const rate = moved / seconds;
  const pushRate = days.reduce((t, d) => t + d.pushed, 0) / seconds;
  const e = r.end ?? {};
  const rows = [
    [
      'simulated',
      `${r.options.wards} wards x ${r.options.tablets} tablets, ${days.length} of ${r.options.days} days`,
    ],
    ['events per ward (days run) / pushed in all', `${n(e.eventsPerWard)} / ${n(e.pushed)}`],
    ['documents served by _changes / new to the tablet', `${n(e.served)} / ${n(e.received)}`],
    [
      'syncing time, whole run',
      `${n(seconds / 60, 1)} min (${n(e.seconds / 60, 1)} min with sealing)`,
    ],
    ['events/s (pushed + served) overall', n(rate)],
    [
      'hub RSS: start / peak / after',
      `${r.hubRssAtStartMiB} / ${r.hubRssPeakMiB} / ${r.hubRssAfterMiB} MiB`,
    ],
    ['hub disk at the end', `${n(r.hubDiskEndMiB)} MiB`],
    [
      "tablets holding their ward's full set",
      `${e.tabletsComplete} of ${r.options.wards * r.options.tablets}`,
    ],
    [
      'wards whose hub database holds exactly that set',
      `${e.wardsWithExactCount} of ${r.options.wards}`,
    ],
    [
      'unknown / altered documents pulled; failed exchanges',
      `${e.unknownDocs} / ${e.alteredDocs}; ${e.failed}`,
    ],
    [
      `real time: ${r.options.wards} wards x 2,400 events/day`,
      `${n(r.realTimeEventsPerSecond, 2)} events/s pushed`,
    ],
    ['events pushed per second of the run', n(pushRate)],
    [
      'headroom: pushed/s / real time (each also served 3x)',
      `${n(pushRate / r.realTimeEventsPerSecond)}x`,
    ],
    ['CPU time: hub / tablets process', `${n(r.hubCpuSeconds)} / ${n(e.cpuSeconds)} s`],
    ['load before / after', `${r.machine.loadBefore} / ${r.machine.loadAfter}`],
  ];
  for (const d of days.filter((d, i) => i === 0 || d.day % 10 === 0 || i === days.length - 1))
    rows.push([
      `day ${d.day}: push + pull, events/s, hub RSS, disk`,
      `${n(d.pushSeconds, 1)} + ${n(d.pullSeconds, 1)} s, ${n(d.eventsPerSecond)}/s, ${d.hubRssPeakMiB} MiB, ${d.hubDiskMiB} MiB`,
    ]);
  console.log(
    ['| Simulated hospital | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join(
      '\n',
    ),
  );
}
