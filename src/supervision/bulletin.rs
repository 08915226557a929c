//! The bulletin (通报): the month's (or half-year's) rates per agency, the agencies below target,
//! and every step missed, as printable HTML (a table and an inline SVG chart per rate, no script)
//! and as CSV.
//!
//! Labels are zh-Hans: the bulletin is the bureau's own document. The numbers, 口径 and sources
//! are those of [`super::rates`]; nothing is computed here but the layout.

use super::{RatesResult, StepState, Supervision};

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// `2021年8月` for a whole calendar month, `2021年上半年` / `2021年下半年` for a half-year, else
/// `2021-01-01至2021-03-15`.
pub fn period_title(from: &str, to: &str) -> String {
    let (fy, fm, fd) = (&from[..4.min(from.len())], from.get(5..7).unwrap_or(""), from.get(8..10).unwrap_or(""));
    let same_month = from.get(..7) == to.get(..7);
    let month_end = crate::date::parse_civil_date(to, "to")
        .ok()
        .and_then(|d| d.succ_opt())
        .is_some_and(|next| chrono::Datelike::day(&next) == 1);
    let same_year = from.get(..4) == to.get(..4);
    if same_month && fd == "01" && month_end {
        format!("{fy}年{}月", fm.trim_start_matches('0'))
    } else if same_year && from.get(4..) == Some("-01-01") && to.get(4..) == Some("-06-30") {
        format!("{fy}年上半年")
    } else if same_year && from.get(4..) == Some("-07-01") && to.get(4..) == Some("-12-31") {
        format!("{fy}年下半年")
    } else {
        format!("{from}至{to}")
    }
}

/// One rate's chart as inline SVG: a bar per group at its exact fraction (red below target), a
/// dashed line at the whole list's rate (总体) and a green one at the target.
fn chart(rates: &RatesResult, i: usize, target: Option<f64>, total_n: u64, total_d: u64) -> String {
    const LABEL: f64 = 230.0;
    const BAR: f64 = 440.0;
    const ROW: f64 = 20.0;
    let groups: Vec<_> = rates.rates.groups.iter().filter_map(|g| g.rates.get(i).filter(|r| r.denominator > 0).map(|r| (g, r))).collect();
    if groups.is_empty() {
        return String::new();
    }
    let bottom = 18.0 + ROW * groups.len() as f64;
    let (width, height) = (LABEL + BAR + 120.0, bottom + 38.0);
    let x = |fraction: f64| LABEL + fraction * BAR;
    let mut s = format!("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-size=\"12\">\n");
    for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
        s.push_str(&format!("<text x=\"{:.1}\" y=\"10\" text-anchor=\"middle\">{}%</text>", x(tick), tick * 100.0));
    }
    s.push_str(&format!("<line x1=\"{0:.1}\" y1=\"14\" x2=\"{0:.1}\" y2=\"{bottom:.1}\" stroke=\"#999\"/>\n", x(0.0)));
    for (k, (g, r)) in groups.iter().enumerate() {
        let y = 18.0 + k as f64 * ROW;
        let fraction = r.numerator as f64 / r.denominator as f64;
        let fill = if r.below_target { "#b00" } else { "#36c" };
        s.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text><rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{:.2}\" height=\"{:.1}\" fill=\"{fill}\"/><text x=\"{:.1}\" y=\"{:.1}\">{}</text>\n",
            LABEL - 6.0, y + 12.0, esc(&g.name), x(0.0), fraction * BAR, ROW - 6.0, x(1.0) + 10.0, y + 12.0, esc(r.percent.as_deref().unwrap_or("—"))
        ));
    }
    if total_d > 0 {
        let ax = x(total_n as f64 / total_d as f64);
        let total = super::rates::percent(total_n, total_d).unwrap_or_default();
        s.push_str(&format!("<line x1=\"{ax:.1}\" y1=\"14\" x2=\"{ax:.1}\" y2=\"{:.1}\" stroke=\"#222\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/><text x=\"{ax:.1}\" y=\"{:.1}\" text-anchor=\"middle\">总体 {total}</text>\n", bottom + 4.0, bottom + 18.0));
    }
    if let Some(t) = target {
        let tx = x(t.clamp(0.0, 1.0));
        s.push_str(&format!("<line x1=\"{tx:.1}\" y1=\"14\" x2=\"{tx:.1}\" y2=\"{:.1}\" stroke=\"#1b6e3a\" stroke-width=\"2\"/><text x=\"{tx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#1b6e3a\">目标 {:.2}%</text>\n", bottom + 24.0, bottom + 36.0, t * 100.0));
    }
    s.push_str("</svg>\n");
    s
}

/// The bulletin as one self-contained HTML page, for printing: the remedies listed are those due
/// within the rates' period (`YYYY-MM-DD` strings compare as dates).
pub fn html(rates: &RatesResult, status: &Supervision) -> String {
    // A month's bulletin is a 通报; a half-year's (or any other period's) a 报告.
    let period = period_title(&rates.rates.from, &rates.rates.to);
    let kind = if period.ends_with('月') { "通报" } else { "报告" };
    let title = format!("{period}行政应诉工作{kind}");
    let mut h = String::new();
    h.push_str("<!doctype html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\"><title>");
    h.push_str(&esc(&title));
    h.push_str("</title><style>body{font-family:serif;max-width:960px;margin:auto}table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border:1px solid #999;padding:2px 6px;font-size:14px}.low{color:#b00;font-weight:bold}.total td{font-weight:bold}.src{font-size:12px;color:#555}svg.chart{display:block;margin:0 0 1.5em}@media print{svg.chart{-webkit-print-color-adjust:exact;print-color-adjust:exact;break-inside:avoid}}</style></head><body>\n");
    h.push_str(&format!("<h1>{}</h1>\n<p>统计期间：{} 至 {}；状态日期：{}；口径：{}（{}）；记录 {} 条，采用 {} 条，退回 {} 条。</p>\n",
        esc(&title), esc(&rates.rates.from), esc(&rates.rates.to), esc(&status.today), esc(&rates.rates.pack_title), esc(&rates.rates.pack),
        rates.counts.records, rates.counts.accepted, rates.counts.rejected));
    // One table per rate: the agencies, their numerator/denominator and a bar.
    let defs = rates.rates.groups.first().map(|g| g.rates.clone()).unwrap_or_default();
    for (i, def) in defs.iter().enumerate() {
        h.push_str(&format!("<h2>{}</h2>\n<p class=\"src\">口径：{}<br>来源：{}</p>\n<table><tr><th>单位</th><th>分子</th><th>分母</th><th>比率</th></tr>\n", esc(&def.name), esc(&def.caliber), esc(&def.source)));
        let (mut total_n, mut total_d) = (0u64, 0u64);
        for g in &rates.rates.groups {
            let Some(r) = g.rates.get(i) else { continue };
            total_n += r.numerator;
            total_d += r.denominator;
            let class = if r.below_target { " class=\"low\"" } else { "" };
            h.push_str(&format!("<tr{class}><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                esc(&g.name), r.numerator, r.denominator, esc(r.percent.as_deref().unwrap_or("—"))));
        }
        // The groups partition the records, so the counts add up to the whole list's.
        let total = super::rates::percent(total_n, total_d);
        h.push_str(&format!("<tr class=\"total\"><td>合计</td><td>{total_n}</td><td>{total_d}</td><td>{}</td></tr>\n</table>\n", total.as_deref().unwrap_or("—")));
        h.push_str(&chart(rates, i, def.target, total_n, total_d));
    }
    h.push_str("<h2>未达目标的单位</h2>\n<ul>\n");
    let mut any = false;
    for g in &rates.rates.groups {
        for r in g.rates.iter().filter(|r| r.below_target) {
            any = true;
            h.push_str(&format!("<li>{}：{} {}（目标 {}）</li>\n", esc(&g.name), esc(&r.name), esc(r.percent.as_deref().unwrap_or("—")), r.target.map(|t| format!("{:.2}%", t * 100.0)).unwrap_or_default()));
        }
    }
    if !any {
        h.push_str("<li>无（或口径未设目标）</li>\n");
    }
    h.push_str("</ul>\n<h2>需补救事项</h2>\n<table><tr><th>单位</th><th>案号</th><th>事项</th><th>应完成日</th><th>依据</th></tr>\n");
    let (from, to) = (rates.rates.from.as_str(), rates.rates.to.as_str());
    for r in status.remedies.iter().filter(|r| r.due.as_str() >= from && r.due.as_str() <= to) {
        let what = super::reminders::remedy_name(r.remedy, crate::i18n::Lang::ZhHans);
        let basis: Vec<String> = r.citations.iter().map(|c| c.text.clone()).chain(r.source.clone()).collect();
        h.push_str(&format!("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"src\">{}</td></tr>\n", esc(&r.agency), esc(&r.case_number), what, esc(&r.due), esc(&basis.join("；"))));
    }
    h.push_str("</table>\n");
    let missed: usize = status.cases.iter().flat_map(|c| &c.steps).filter(|s| s.state == StepState::Missed).count();
    let late: usize = status.cases.iter().flat_map(|c| &c.steps).filter(|s| s.state == StepState::Late).count();
    h.push_str(&format!("<p>督办环节：逾期完成 {late} 项，未完成 {missed} 项（报备、反馈、答辩、出庭、履行）。</p>\n</body></html>\n"));
    h
}

/// The rates as CSV (RFC 4180, CRLF): one row per group and rate, with numerator, denominator,
/// 口径 and source, so that a spreadsheet holds everything the HTML bulletin shows of the rates.
pub fn csv(rates: &RatesResult) -> String {
    fn cell(s: &str) -> String {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    }
    let r = &rates.rates;
    let mut out = String::from("from,to,group,groupName,rate,name,numerator,denominator,percent,unit,caliber,source,belowTarget\r\n");
    for g in &r.groups {
        for v in &g.rates {
            let row = [
                cell(&r.from), cell(&r.to), cell(&g.key), cell(&g.name), cell(&v.id), cell(&v.name),
                v.numerator.to_string(), v.denominator.to_string(), cell(v.percent.as_deref().unwrap_or("")), cell(&v.unit), cell(&v.caliber),
                cell(&v.source), v.below_target.to_string(),
            ];
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_month_is_titled_by_the_month() {
        assert_eq!(period_title("2021-08-01", "2021-08-31"), "2021年8月");
        assert_eq!(period_title("2021-02-01", "2021-02-28"), "2021年2月");
        assert_eq!(period_title("2021-01-01", "2021-06-30"), "2021年上半年");
        assert_eq!(period_title("2021-07-01", "2021-12-31"), "2021年下半年");
        assert_eq!(period_title("2021-01-01", "2021-08-31"), "2021-01-01至2021-08-31");
        assert_eq!(period_title("2021-08-02", "2021-08-31"), "2021-08-02至2021-08-31");
    }

    #[test]
    fn an_agency_below_target_and_a_remedy_are_listed_and_escaped() {
        let records = serde_json::json!([
            {"caseNumber": "<1>", "agency": {"name": "甲局&"}, "procedure": "firstInstance",
             "hearings": [{"date": "2021-08-10", "appeared": []}]}
        ]);
        let pack: super::super::rates::RatePack = serde_json::from_value(serde_json::json!({"title": "t", "rates": [
            {"id": "x", "name": "出庭应诉率", "nameEn": "a", "numerator": "firstInstanceCasesHeadAppeared", "denominator": "firstInstanceCasesHeard",
             "unit": "case", "caliber": "c", "source": "s", "target": 0.8, "targetIs": "min"}]})).unwrap();
        let day = |s| crate::date::parse_civil_date(s, "d").unwrap();
        let mut rates = super::super::RateDesk::new(day("2021-08-01"), day("2021-08-31"), super::super::rates::GroupBy::Agency, crate::i18n::Lang::ZhHans);
        let mut desk = super::super::Desk::new(day("2021-08-31"), crate::i18n::Lang::ZhHans, serde_json::json!("guangzhou"), crate::calendar::Calendar::default());
        for r in records.as_array().unwrap() {
            rates.push(r);
            desk.push(r).unwrap();
        }
        let page = html(&rates.finish("mine", &pack), &desk.finish());
        assert!(page.contains("<li>甲局&amp;：出庭应诉率 0.00%（目标 80.00%）</li>"), "{page}");
        assert!(page.contains("<td>&lt;1&gt;</td><td>未出庭</td>"), "{page}");
        assert!(page.contains("年度首起开庭的一审案件负责人未出庭"), "{page}");
    }
}
