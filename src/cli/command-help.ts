const COUNTS = 'fixtures/hallingdal/counts.csv';
const MODEL = 'fixtures/hallingdal/model.json';
const LAYOUT = `  --date-window <from..to>
                    the days counts may fall on (default 1990-01-01..2100-12-31); a date outside
                    is refused as a typing error
  --columns <list>  the file's own column names: date=dato,area=kommune,devices=antall
  --encoding <utf-8|latin1|windows-1252>
                    the CSV's encoding (default: UTF-8, or Windows-1252 where the first bytes
                    beyond ASCII are not UTF-8)
  --suppressed <list>
                    devices cells read as suppressed (missing, counted in the notes); <n is
                    any <5, <10… (default <n,..,:,-; '' for none)`;
const COMMON = `  --model <file>    the model: uplift and deductions (JSON)            (required)
  --workers <n>     worker threads; 0 runs inline, at most one per core (default: chosen by input size)
${LAYOUT}
  --min-count <k>   disclosure control: withhold every count below k devices (an area's day, a
                    segment, an hour) and the region's days that would give one back (default:
                    the model's minCount, else 16); 0 turns it off
  -q, --quiet       no notes on stderr (errors still go there)
  -h, --help        show this help`;
const DUPLICATE = `  --on-duplicate <error|sum|last>
                    a second row for the same area and date: stop (default), add it, or keep the last`;
const LENIENT = `  --rejects <file>  skip rows with a bad cell and list them in <file> (CSV) instead of stopping
${DUPLICATE}`;
const HOURLY = `  --method <name>   hourly counts (an hour or time column), nights dated by the evening:
                    night-presence (persons at night − residents present at night),
                    night-presence-baseline (persons at night − the residents' baseline from
                    the quietest month's weeknights; the default for a year of counts without
                    segments), visitor-night-presence (the visitor segment's persons at night;
                    the default for counts split by home) or busiest-hour (the daily method on
                    each day's busiest hour); the output says which was used
  --night <HH-HH>   hourly counts: the night window, local clock hours (default 02-04)`;
const DRAWS = `  --draws <n>       draw the model's ranges n times: an interval beside each line, and which
                    assumption matters most (ranges: { "value", "min", "max" } or { "value", "sd" })
  --seed <n>        the draws' seed, 0 to 4294967295 (default 1)
  --quantiles <list>
                    the interval's quantiles, ascending (default 0.05,0.5,0.95)`;

/**
 * `teleguest <command> --help`: what the command does, its options and examples. A command
 * without an entry here gets the general usage.
 *
 * @example
 * COMMAND_HELP.report.startsWith('Usage: teleguest report'); // true
 */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  estimate: `Usage: teleguest estimate <counts> --model <model.json> [options]

Guest-nights from daily mobile-device counts per municipality, printed as the Hallingdal
plan's table: devices, uplift, each deduction, guest-nights per day and per year, for the
region, every area and each calendar year. Data on stdout; notes and errors on stderr.

Options:
${COMMON}
  --json            print the full-precision summary as JSON instead of the table
  --out <dir>       also write daily.arrow, daily.parquet, daily.csv, summary.csv and summary.json
                    into <dir>
  --xlsx <file>     also write the estimate as an Excel workbook (the plan's table, years,
                    months, seasons and day types, each day, the assumptions)
  --csv-dialect <default|excel-nb>
                    the CSV files as plain CSV (default), or for Norwegian Excel: ; separator,
                    decimal comma, UTF-8 byte-order mark, CRLF, codes kept as text
${LENIENT}
${HOURLY}
${DRAWS}

Examples:
  teleguest estimate ${COUNTS} --model ${MODEL}
  teleguest estimate ${COUNTS} --model fixtures/hallingdal/model-ranges.json --draws 10000
  teleguest estimate ${COUNTS} --model ${MODEL} --json > summary.json
  teleguest estimate ${COUNTS} --model ${MODEL} --out out --csv-dialect excel-nb
  teleguest estimate counts.csv --model model.json --rejects rejects.csv --on-duplicate last
  teleguest estimate operator.csv --model model.json --columns date=dato,area=kommune,devices=antall
  teleguest estimate fixtures/hourly/known-truth.csv --model fixtures/hourly/model-known-truth.json --night 01-05`,

  peak: `Usage: teleguest peak <counts> --model <model.json> [options]

Persons present per day (devices × (1 + uplift), everyone, no deduction) for the region and
each area: the peak day, the busiest days, percentiles p50–p99, peak ÷ residents and the days
above a capacity. With hourly counts a day's persons are those at its busiest hour, and the
busiest hour of the span is reported (local date, hour and UTC offset).

Options:
${COMMON}
${DUPLICATE}
  --top <n>         how many of the busiest days to list (default 10)
  --capacity <n|file.csv>
                    persons the region can take, or a CSV of area,capacity
  --json            print full precision as JSON, with the monthly maximum and p95

Examples:
  teleguest peak ${COUNTS} --model ${MODEL}
  teleguest peak ${COUNTS} --model ${MODEL} --capacity 60000 --top 5
  teleguest peak counts.csv --model model.json --capacity capacities.csv --json
  teleguest peak fixtures/hourly/known-truth.csv --model fixtures/hourly/model-known-truth.json --top 3`,

  report: `Usage: teleguest report <counts> --model <model.json> --html <report.html> [options]

The estimate as one self-contained HTML page to read, print or send: the plan's table, persons
present and guest-nights day by day with the peak marked, month by month per area, seasons and
day types, the assumptions in plain words, and the data's coverage and gaps. With --ssb, also
telecom against SSB's commercial guest-nights month by month (chart, ratio, correlations, and why
they differ); with --draws, each line's interval and which assumption matters most; on hourly
counts, the method, the busiest hour and day visitors. Charts are inline SVG; the page loads nothing and opens from disk, offline.

Options:
  --html <file>     the HTML file to write, - for standard output      (required)
  --lang <nb|nn|en> bokmål (default), nynorsk or English; numbers and dates follow
  --ssb <file>      add the SSB comparison: SSB's monthly guest-nights, JSON-stat 2.0 or StatBank CSV
  --regions <file>  with --ssb: JSON { "<SSB region>": ["<area>", …] } when SSB publishes by tourism region
  --cabins <file>   with --ssb: SSB's holiday homes per municipality and year, for the gap per holiday home
${COMMON}
${LENIENT}
${HOURLY}
${DRAWS}

Examples:
  teleguest report ${COUNTS} --model ${MODEL} --html hallingdal.html
  teleguest report ${COUNTS} --model ${MODEL} --html hallingdal-nn.html --lang nn
  teleguest report ${COUNTS} --model ${MODEL} --html hallingdal-ssb.html \\
    --ssb fixtures/ssb/guest-nights-monthly.json --regions fixtures/ssb/regions.json --cabins fixtures/ssb/holiday-homes.json
  teleguest report counts.csv --model model.json --html report.html --rejects rejects.csv
  teleguest report ${COUNTS} --model fixtures/hallingdal/model-ranges.json --html ranges.html --draws 10000`,

  compare: `Usage: teleguest compare <counts> --model <model.json> --ssb <file> [options]

Telecom guest-nights beside SSB's commercial guest-nights, month by month per area (or per
SSB tourism region): ratio, gap (the implied non-commercial nights: cabins, friends and family,
private rentals), yearly totals, Pearson and Spearman correlation, winter and summer shares,
and with --cabins the gap per holiday home. Months missing on either side are listed.

Options:
  --ssb <file>      SSB's monthly guest-nights, JSON-stat 2.0 or StatBank CSV (required)
  --regions <file>  JSON { "<SSB region>": ["<area>", …] } when SSB publishes by tourism region
  --cabins <file>   SSB's holiday homes per municipality and year
  --json            print full precision as JSON
  --out <dir>       also write comparison.arrow, comparison.csv and comparison.json into <dir>
  --csv-dialect <default|excel-nb>
                    comparison.csv as plain CSV (default), or for Norwegian Excel
${COMMON}
${DUPLICATE}
${HOURLY}

Examples:
  teleguest compare ${COUNTS} --model ${MODEL} --ssb fixtures/ssb/guest-nights-monthly.json --regions fixtures/ssb/regions.json
  teleguest compare ${COUNTS} --model ${MODEL} --ssb fixtures/ssb/guest-nights-monthly.csv \\
    --regions fixtures/ssb/regions.json --cabins fixtures/ssb/holiday-homes.json --out comparison`,

  convert: `Usage: teleguest convert <counts> <counts.arrow>

Check the counts once and cache them as an Arrow IPC file (DateDay dates, dictionary areas,
Float64 devices); estimate, peak, report and compare read it without parsing. <counts.arrow>
may be - for standard output.

Options:
${LAYOUT}
  -q, --quiet       no notes on stderr
  -h, --help        show this help

Examples:
  teleguest convert ${COUNTS} hallingdal.arrow
  teleguest estimate hallingdal.arrow --model ${MODEL}`,

  simulate: `Usage: teleguest simulate --scenario <scenario.json> --out <dir> [options]

Simulate a SYNTHETIC region agent by agent, day by day and hour by hour: residents, cabin guests,
commercial guests, friends and family, day-trippers, through-traffic, seasonal workers and
commuters, their phones, and an operator that counts a share of the devices and scales them up.
Writes what operators sell (daily.csv, hourly.csv, daily-segments.csv and hourly-segments.csv
split by the device's home, region-daily.csv) and the truth behind it (truth.csv: guest-nights
per night dated by the evening; truth.json: the totals). The same seed gives the same files.

Options:
  --scenario <file> the scenario (JSON)                                 (required)
  --out <dir>       the folder to write into                            (required)
  --seed <n>        the simulation's seed, 0 to 4294967295 (default 1)
  --from <date>     the first day, YYYY-MM-DD (default 2023-01-01)
  --to <date>       the last day, YYYY-MM-DD (default 2024-12-31)
  -q, --quiet       no notes on stderr
  -h, --help        show this help

Examples:
  teleguest simulate --scenario fixtures/simulate/hallingdal.scenario.json --out sim
  teleguest simulate --scenario fixtures/simulate/hallingdal.scenario.json --out sim --seed 7 --from 2024-01-01 --to 2024-12-31`,

  validate: `Usage: teleguest validate --scenario <scenario.json> [options]

Simulate the scenario and run every estimation method on the counts, as estimate runs it, with
the model an analyst has (the uplift as a range, and the registered residents): the plan's
formula on daily counts, on a region's unique daily count, and the hourly methods. Prints each
method's error against the true guest-nights: annual bias, mean absolute monthly error, error
on the peak night and mean absolute annual bias per municipality, in per cent, and how often its
90 % interval of the annual figure held the truth. Nights are dated by the evening.

Options:
  --scenario <file> the scenario (JSON)                                 (required)
  --runs <n>        simulations with seeds seed, seed + 1, … (default 1); the table gives the mean
                    and the lowest and highest run
  --seed <n>        the first seed (default 1)
  --from <date>     the first night, YYYY-MM-DD (default 2024-01-01)
  --to <date>       the last night, YYYY-MM-DD (default 2024-12-31)
  --variations      also run the scenario varied: residents away ×2 and ×½, two devices for 10 %
                    of everyone, the operator's share the same in every group or ×0.6, devices
                    passing through not counted; a table of each method's bias in each
  --uplift <share>  persons per device − 1 as the analyst assumes it (default 0.06, the plan's)
  --uplift-spread <share>
                    the draws take the uplift from value − spread to value + spread, triangular
                    (default 0.11: persons per device 0.95 to 1.17)
  --draws <n>       draws for each method's 90 % interval (default 1000; 0: no intervals)
  --json            print every figure as JSON
  --workers <n>     worker threads; 0 runs inline (default: chosen by input size)
  -q, --quiet       no notes on stderr
  -h, --help        show this help

Examples:
  teleguest validate --scenario fixtures/simulate/hallingdal.scenario.json
  teleguest validate --scenario fixtures/simulate/hallingdal.scenario.json --runs 3 --variations
  teleguest validate --scenario fixtures/simulate/hallingdal.scenario.json --runs 3 --json`,
};
