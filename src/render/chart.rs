//! A bank's balance over time as a self-contained SVG (SPEC 14): the running balance as
//! a line, one dot per day with data attributes (`data-date`, `data-balance`),
//! purchases and expiries marked, labelled y-axis ticks (at least four) and x-axis
//! ticks at month starts over light gridlines, a legend, and the projection (scheduled
//! days after today, then the run-out at the recent pace) dashed, with the run-out day
//! written at its end.

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};

use super::html::escape;
use crate::domain::duration::Minutes;

pub use crate::domain::reports::burndown::Chart;

const WIDTH: f64 = 760.0;
const HEIGHT: f64 = 280.0;
const LEFT: f64 = 60.0;
const RIGHT: f64 = 90.0;
const TOP: f64 = 40.0;
const BOTTOM: f64 = 40.0;
const BLUE: &str = "#1f6feb";
const GREEN: &str = "#2da44e";
const RED: &str = "#cf222e";

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
    // The x-axis ends at the period's end; a chart without one runs to the run-out day.
    let reach = if chart.end.is_some() { chart.end } else { chart.runs_out };
    let last =
        [reach, chart.points.last().map(|p| p.0)].into_iter().flatten().fold(first, NaiveDate::max);
    let days = (last - first).num_days().max(1) as f64;
    let hours = |m: Minutes| m.0 as f64 / 60.0;
    let (mut low, mut high) = (0.0f64, 0.0f64);
    for &(_, m) in &chart.points {
        low = low.min(hours(m));
        high = high.max(hours(m));
    }
    let (step, ticks) = y_ticks(low, high);
    let (low, high) = (ticks[0], ticks[ticks.len() - 1]);
    let x = |d: NaiveDate| LEFT + (d - first).num_days() as f64 / days * (WIDTH - LEFT - RIGHT);
    let y = |h: f64| TOP + (high - h) / (high - low) * (HEIGHT - TOP - BOTTOM);
    let bottom = HEIGHT - BOTTOM;
    // Gridlines and the y-axis ticks, labelled in hours.
    out.push_str("<g class=\"y-axis\">\n");
    for &t in &ticks {
        let label = if step < 1.0 { format!("{t:.2}") } else { format!("{t:.0}") };
        let _ = writeln!(
            out,
            "<line class=\"grid\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{1:.1}\" y2=\"{1:.1}\" stroke=\"#e5e5e5\"/><text class=\"tick\" data-hours=\"{t}\" x=\"{2}\" y=\"{3:.1}\" text-anchor=\"end\">{label} h</text>",
            WIDTH - RIGHT,
            y(t),
            LEFT - 6.0,
            y(t) + 4.0
        );
    }
    out.push_str("</g>\n<g class=\"x-axis\">\n");
    for (d, label) in x_ticks(first, last) {
        let _ = writeln!(
            out,
            "<line class=\"grid\" x1=\"{0:.1}\" x2=\"{0:.1}\" y1=\"{TOP}\" y2=\"{bottom}\" stroke=\"#efefef\"/><text class=\"tick\" data-date=\"{d}\" x=\"{0:.1}\" y=\"{1}\" text-anchor=\"middle\">{label}</text>",
            x(d),
            bottom + 16.0
        );
    }
    out.push_str("</g>\n");
    let _ = writeln!(
        out,
        "<line class=\"zero\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#999\"/>",
        WIDTH - RIGHT,
        y(0.0),
        y(0.0)
    );
    for (class, dates, colour) in
        [("credit", &chart.credits, GREEN), ("expiry", &chart.expiries, RED)]
    {
        for &d in dates.iter() {
            let _ = writeln!(
                out,
                "<line class=\"{class}\" data-date=\"{d}\" x1=\"{0:.1}\" x2=\"{0:.1}\" y1=\"{TOP}\" y2=\"{bottom}\" stroke=\"{colour}\" stroke-opacity=\"0.5\"/>",
                x(d),
            );
        }
    }
    // The balance as steps: it holds until the next day that changes it. Days after
    // today are scheduled: they continue the line dashed, as the projection.
    let future = |d: NaiveDate| chart.today.is_some_and(|t| d > t);
    let step_path = |points: &[(NaiveDate, Minutes)]| {
        let mut path = String::new();
        for (i, &(d, m)) in points.iter().enumerate() {
            let (px, py) = (x(d), y(hours(m)));
            if i == 0 {
                let _ = write!(path, "M{px:.1},{py:.1}");
            } else {
                let _ = write!(path, " H{px:.1} V{py:.1}");
            }
        }
        path
    };
    let past = chart.points.iter().take_while(|p| !future(p.0)).count();
    // The balance holds after its last change: the solid line runs on to today (or to
    // the period's end, when that is earlier).
    let anchor = chart.points[past.max(1) - 1];
    let now = match (chart.today, chart.end) {
        (Some(t), Some(e)) => Some(t.min(e)),
        (t, e) => t.or(e),
    };
    let held = now.filter(|&n| n > anchor.0).unwrap_or(anchor.0);
    let mut solid = step_path(&chart.points[..past.max(1)]);
    if held > anchor.0 && past == chart.points.len() {
        let _ = write!(solid, " H{:.1}", x(held));
    }
    let _ = writeln!(
        out,
        "<path class=\"balance\" d=\"{solid}\" fill=\"none\" stroke=\"{BLUE}\" stroke-width=\"2\"/>"
    );
    let mut projected = past < chart.points.len();
    if projected {
        let _ = writeln!(
            out,
            "<path class=\"projection\" d=\"{}\" fill=\"none\" stroke=\"{BLUE}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
            step_path(&chart.points[past.max(1) - 1..])
        );
    }
    for &(d, m) in &chart.points {
        let (class, fill) = if future(d) { ("point projected", "#fff") } else { ("point", BLUE) };
        let _ = writeln!(
            out,
            "<circle class=\"{class}\" data-date=\"{d}\" data-balance=\"{}\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"2.5\" fill=\"{fill}\" stroke=\"{BLUE}\"/>",
            m.hours_decimal(),
            x(d),
            y(hours(m))
        );
    }
    // The run-out projection starts from today's balance.
    let (d, m) = if past == chart.points.len() { (held, anchor.1) } else { anchor };
    if let Some(end) = chart.runs_out.filter(|&end| end > d) {
        projected = true;
        // Beyond the axis's end the line stops at it, as high as it is there.
        let (to, left) = if end > last {
            let share = (last - d).num_days() as f64 / (end - d).num_days() as f64;
            (last, hours(m) * (1.0 - share))
        } else {
            (end, 0.0)
        };
        let anchor = if to == last { "end" } else { "middle" };
        let _ = writeln!(
            out,
            "<line class=\"runs-out\" data-date=\"{end}\" x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{BLUE}\" stroke-dasharray=\"6 4\"/>\n<text class=\"runs-out-label\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">runs out {end}</text>",
            x(d),
            y(hours(m)),
            x(to),
            y(left),
            x(to),
            y(left) - 8.0
        );
    }
    legend(&mut out, chart, projected);
    out.push_str("</svg>\n");
    out
}

/// The legend above the plot: the balance, and the marks and projection the chart has.
fn legend(out: &mut String, chart: &Chart, projected: bool) {
    let mut items: Vec<(&str, &str, &str, &str)> = vec![("balance", "balance", BLUE, "")];
    if !chart.credits.is_empty() {
        items.push(("credit", chart.credit_label, GREEN, ""));
    }
    if !chart.expiries.is_empty() {
        items.push(("expiry", "expiry", RED, ""));
    }
    if projected {
        items.push(("projection", "projection", BLUE, " stroke-dasharray=\"6 4\""));
    }
    out.push_str("<g class=\"legend\">\n");
    let mut at = LEFT;
    for (class, label, colour, dash) in items {
        let _ = writeln!(
            out,
            "<g class=\"item\" data-item=\"{class}\"><line x1=\"{at}\" x2=\"{}\" y1=\"16\" y2=\"16\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/><text x=\"{}\" y=\"20\">{label}</text></g>",
            at + 20.0,
            at + 25.0
        );
        at += 35.0 + 7.0 * label.len() as f64;
    }
    out.push_str("</g>\n");
}

/// A step of 1, 2 or 5 times a power of ten, the largest that still gives at least
/// four ticks from below `low` to above `high`; and the ticks.
fn y_ticks(low: f64, high: f64) -> (f64, Vec<f64>) {
    // A flat balance still gets an hour of axis above it.
    let high = high.max(low + 1.0);
    let range = high - low;
    let mut step = 10f64.powf(range.log10().ceil());
    let count = |step: f64| ((high / step).ceil() - (low / step).floor()) as i64 + 1;
    let mut k = 0;
    while count(step) < 4 && k < 60 {
        step /= [2.0, 2.5, 2.0][k % 3];
        k += 1;
    }
    let start = (low / step).floor() as i64;
    let end = (high / step).ceil() as i64;
    (step, (start..=end).map(|i| i as f64 * step).collect())
}

/// The month starts from `first` to `last` (every second, third, ... month when there
/// are more than twelve), labelled `2026-03`; `first` and `last` themselves when no
/// month starts between them.
fn x_ticks(first: NaiveDate, last: NaiveDate) -> Vec<(NaiveDate, String)> {
    let mut months = Vec::new();
    let mut d = NaiveDate::from_ymd_opt(first.year(), first.month(), 1).unwrap_or(first);
    while d <= last {
        if d >= first {
            months.push(d);
        }
        d = d.checked_add_months(chrono::Months::new(1)).unwrap_or(NaiveDate::MAX);
        if d == NaiveDate::MAX {
            break;
        }
    }
    // Fewer than two month starts: the ends are labelled by their dates, around the
    // month start there is.
    if months.len() < 2 {
        let inner = months.into_iter().filter(|&m| m != first && m != last);
        return std::iter::once((first, first.to_string()))
            .chain(inner.map(|m| (m, m.format("%Y-%m").to_string())))
            .chain(std::iter::once((last, last.to_string())))
            .collect();
    }
    let every = months.len().div_ceil(12);
    months.into_iter().step_by(every).map(|d| (d, d.format("%Y-%m").to_string())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn y_ticks_are_at_least_four_round_steps_around_the_balance() {
        let cases =
            [(0.0, 0.0), (0.0, 1.0), (0.0, 10.0), (-2.25, 11.0), (0.0, 37.5), (-120.0, 0.0)];
        for (low, high) in cases {
            let (step, ticks) = y_ticks(low, high);
            assert!(ticks.len() >= 4 && ticks.len() <= 11, "{low}..{high}: {ticks:?}");
            assert!(ticks[0] <= low && *ticks.last().unwrap() >= high, "{ticks:?}");
            let mantissa = step / 10f64.powf(step.log10().floor());
            assert!([1.0, 2.0, 2.5, 5.0].iter().any(|m| (m - mantissa).abs() < 1e-9), "{step}");
        }
    }

    #[test]
    fn x_ticks_are_month_starts_at_most_twelve() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let ticks = x_ticks(d("2026-01-15"), d("2026-05-31"));
        let labels: Vec<&str> = ticks.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(labels, ["2026-02", "2026-03", "2026-04", "2026-05"]);
        assert!(x_ticks(d("2020-01-01"), d("2026-12-31")).len() <= 12);
        let within = x_ticks(d("2026-03-03"), d("2026-03-20"));
        assert_eq!(within.len(), 2);
        let across: Vec<String> =
            x_ticks(d("2026-10-02"), d("2026-11-23")).into_iter().map(|t| t.1).collect();
        assert_eq!(across, ["2026-10-02", "2026-11", "2026-11-23"]);
    }
}
