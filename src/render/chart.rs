//! A bank's balance over time as a self-contained SVG: the running balance as a line,
//! one dot per day with data attributes (`data-date`, `data-balance`), purchases and
//! expiries marked, and the projection to the day the hours run out dashed.

use std::fmt::Write;

use chrono::NaiveDate;

use super::html::escape;
use crate::domain::duration::Minutes;

pub use crate::domain::reports::burndown::Chart;

const WIDTH: f64 = 760.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 60.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 30.0;
const BOTTOM: f64 = 40.0;

pub fn svg(chart: &Chart) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"burndown\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"11\">\n<title>{}</title>\n",
        escape(&chart.title)
    );
    let Some(&(first, _)) = chart.points.first() else {
        out.push_str("<text x=\"20\" y=\"40\">No balance in this period.</text>\n</svg>\n");
        return out;
    };
    let last = chart.runs_out.unwrap_or(first).max(chart.points.last().map_or(first, |p| p.0));
    let days = (last - first).num_days().max(1) as f64;
    let hours = |m: Minutes| m.0 as f64 / 60.0;
    let (mut low, mut high) = (0.0f64, 0.0f64);
    for &(_, m) in &chart.points {
        low = low.min(hours(m));
        high = high.max(hours(m));
    }
    if high - low < 1.0 {
        high = low + 1.0;
    }
    let x = |d: NaiveDate| LEFT + (d - first).num_days() as f64 / days * (WIDTH - LEFT - RIGHT);
    let y = |h: f64| TOP + (high - h) / (high - low) * (HEIGHT - TOP - BOTTOM);
    // Axes: zero line, and the first and last dates.
    let _ = writeln!(
        out,
        "<line class=\"zero\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#999\"/>",
        WIDTH - RIGHT,
        y(0.0),
        y(0.0)
    );
    let _ = writeln!(out, "<text x=\"{LEFT}\" y=\"{}\">{first}</text>", HEIGHT - 10.0);
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{last}</text>",
        WIDTH - RIGHT,
        HEIGHT - 10.0
    );
    let _ = writeln!(out, "<text x=\"5\" y=\"{:.1}\">{high:.1} h</text>", y(high) + 4.0);
    let _ = writeln!(out, "<text x=\"5\" y=\"{:.1}\">{low:.1} h</text>", y(low) + 4.0);
    // The balance as steps: it holds until the next day that changes it.
    let mut path = String::new();
    for (i, &(d, m)) in chart.points.iter().enumerate() {
        let (px, py) = (x(d), y(hours(m)));
        if i == 0 {
            let _ = write!(path, "M{px:.1},{py:.1}");
        } else {
            let _ = write!(path, " H{px:.1} V{py:.1}");
        }
    }
    let _ = writeln!(
        out,
        "<path class=\"balance\" d=\"{path}\" fill=\"none\" stroke=\"#1f6feb\" stroke-width=\"2\"/>"
    );
    for &(d, m) in &chart.points {
        let _ = writeln!(
            out,
            "<circle class=\"point\" data-date=\"{d}\" data-balance=\"{}\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"2.5\" fill=\"#1f6feb\"/>",
            m.hours_decimal(),
            x(d),
            y(hours(m))
        );
    }
    for (class, dates, colour) in
        [("credit", &chart.credits, "#2da44e"), ("expiry", &chart.expiries, "#cf222e")]
    {
        for &d in dates.iter() {
            let _ = writeln!(
                out,
                "<line class=\"{class}\" data-date=\"{d}\" x1=\"{0:.1}\" x2=\"{0:.1}\" y1=\"{TOP}\" y2=\"{1}\" stroke=\"{colour}\" stroke-opacity=\"0.5\"/>",
                x(d),
                HEIGHT - BOTTOM
            );
        }
    }
    if let (Some(end), Some(&(d, m))) = (chart.runs_out, chart.points.last()) {
        let _ = writeln!(
            out,
            "<line class=\"runs-out\" data-date=\"{end}\" x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#1f6feb\" stroke-dasharray=\"6 4\"/>",
            x(d),
            y(hours(m)),
            x(end),
            y(0.0)
        );
    }
    out.push_str("</svg>\n");
    out
}
