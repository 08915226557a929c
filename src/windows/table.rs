//! The named statutory windows, as data.
//!
//! One entry per row of LEGAL.md §0.2 (F1-F9) and §0.3 (C1-C13), and the periods of the
//! 行政复议法 (2023, §5; with the 2017 text's numbers and periods for older cases, §5.11). Each
//! window has a permanent id (public API: never renamed or reused), the LEGAL.md digest row it
//! implements, its trigger event, and one or more versions keyed by the day the governing text
//! came into force. A trigger is governed by the version in force on its day (see the module docs
//! of `windows` for why); before the oldest version nothing is computed.

use super::{Limit, Version, Window, WindowClass};
use crate::law::{self, Citation};
use crate::period::{Period, WorkingDayRule};

const ALPL: law::LawRevision = law::ADMIN_LITIGATION_LAW_2017;
const INTERP: law::LawRevision = law::ALPL_INTERPRETATION_2018;
const ARL23: law::LawRevision = law::ADMIN_RECONSIDERATION_LAW_2023;
const ARL17: law::LawRevision = law::ADMIN_RECONSIDERATION_LAW_2017;
const SCL: law::LawRevision = law::STATE_COMPENSATION_LAW_2012;
const COMP: law::LawRevision = law::ADMIN_COMPENSATION_PROVISIONS_2022;

const fn a(law: law::LawRevision, article: u16) -> Citation {
    Citation::article(law, article)
}
const fn ap(law: law::LawRevision, article: u16, paragraph: u8) -> Citation {
    Citation::article(law, article).paragraph(paragraph)
}

/// One version in force from `from` (the governing text's first day) with `limit` and citations.
macro_rules! v {
    ($from:expr, $until:expr, $limit:expr, [$($c:expr),* $(,)?]) => {
        Version { in_force_from: $from, in_force_until: $until, limit: $limit, citations: &[$($c),*], working_days: None }
    };
    // A working-day limit and the statute that makes it one.
    ($from:expr, $until:expr, $limit:expr, [$($c:expr),* $(,)?], $rule:expr) => {
        Version { in_force_from: $from, in_force_until: $until, limit: $limit, citations: &[$($c),*], working_days: Some($rule) }
    };
}

/// The two versions of a 行政诉讼法 window: the 2014 text (in force 2015-05-01) and the 2017 text
/// (in force 2017-07-01, which only added 第二十五条第四款: same numbers, same periods). `$l` names
/// the revision inside the citation list.
macro_rules! alpl {
    // The 1989 text governed triggers from 1990-10-01 to 2015-04-30; it is not in the reference set.
    ($limit:expr, $l:ident => [$($c:expr),* $(,)?]) => {
        alpl!($limit, $l => [$($c),*]; before [v!(ALPL89_FROM, ALPL89_UNTIL, NotComputable(NOT_ENCODED), [Citation::whole(ALPL89)])])
    };
    // `before`: the versions that governed before 2015-05-01 (oldest first).
    ($limit:expr, $l:ident => [$($c:expr),* $(,)?]; before [$($old:expr),* $(,)?]) => {
        &[
            $($old,)*
            {
                const $l: law::LawRevision = law::ADMIN_LITIGATION_LAW_2014;
                v!(ALPL_FROM, Some("2017-06-30"), $limit, [$($c),*])
            },
            {
                const $l: law::LawRevision = law::ADMIN_LITIGATION_LAW_2017;
                v!("2017-07-01", None, $limit, [$($c),*])
            },
        ]
    };
}

macro_rules! w {
    ($id:expr, $digest:expr, $class:expr, $name:expr, $name_en:expr, $trigger:expr, $trigger_en:expr, $versions:expr) => {
        Window {
            id: $id,
            digest: $digest,
            class: $class,
            name_zh_hans: $name,
            name_en: $name_en,
            trigger_zh_hans: $trigger,
            trigger_en: $trigger_en,
            versions: $versions,
        }
    };
}

use Limit::{Before, Cutoff, NoLimit, NotComputable, Within};
use WindowClass::{CourtOrAgency, Party, Suit};

/// The reason id of a version whose text (in force on the trigger day) is not in the reference set.
const NOT_ENCODED: &str = "older_text_not_encoded";
/// The 1989 行政诉讼法 (not in the reference set: cited as a whole, never computed).
const ALPL89: law::LawRevision = law::ADMIN_LITIGATION_LAW_1989;
const ALPL89_FROM: &str = "1990-10-01";
const ALPL89_UNTIL: Option<&str> = Some("2015-04-30");
/// The 1999 行政复议法 as amended in 2009 (not in the reference set).
const ARL99: law::LawRevision = law::ADMIN_RECONSIDERATION_LAW_1999;
const ARL99_FROM: &str = "1999-10-01";
/// 证据规定 (法释〔2002〕21号, in force 2002-10-01): written for the 1989 law. Its 10-day periods
/// (第一条) governed until the 2014 行政诉讼法 第六十七条 (the defence: 15 days) and, for the
/// extension request and the evidence after the obstacle, until the 行诉解释 第三十四条 (15 days;
/// its 第一百六十三条: earlier interpretations inconsistent with it no longer apply).
const EVID: law::LawRevision = law::ADMIN_EVIDENCE_PROVISIONS_2002;
const EVID_FROM: &str = "2002-10-01";
/// 审限规定 (in force 2000-09-28): 第三条, 3 months first instance, 2 months on appeal, until the
/// 2014 行政诉讼法 第八十一条、第八十八条 (6 and 3 months).
const TRIAL00: law::LawRevision = law::TRIAL_PERIOD_PROVISIONS_2000;
const TRIAL00_FROM: &str = "2000-09-28";

/// 2014 amendment of the 行政诉讼法 (numbering kept by the 2017 amendment).
const ALPL_FROM: &str = "2015-05-01";
/// 行诉解释 (法释〔2018〕1号).
const INTERP_FROM: &str = "2018-02-08";
const ARL23_FROM: &str = "2024-01-01";
const ARL17_UNTIL: Option<&str> = Some("2023-12-31");
/// 行政强制法 (in force 2012-01-01); 第六十九条: its periods of ten days or less are working days.
const COERCION: law::LawRevision = law::ADMIN_COERCION_LAW_2011;
const COERCION_FROM: &str = "2012-01-01";
const ARL17_WD: WorkingDayRule = WorkingDayRule::AdminReconsideration2017;
const COERCION_WD: WorkingDayRule = WorkingDayRule::AdminCoercion;

/// Every window, in id order within each group (F, C, reconsideration).
pub(super) static WINDOWS: &[Window] = &[
    // --- §0.2 起诉期限 ---
    w!("suit-direct", "F1", Suit, "直接起诉的起诉期限", "Time limit to sue directly",
        "知道或者应当知道作出行政行为之日", "the day the plaintiff knew or should have known of the act",
        alpl!(Within(Period::months(6)), L => [ap(L, 46, 1)])),
    w!("suit-cap-real-property", "F2", Suit, "因不动产起诉的最长起诉期限（二十年）", "Outer limit to sue over real property (20 years)",
        "行政行为作出之日", "the day the act was made",
        alpl!(Within(Period::years(20)), L => [ap(L, 46, 2)])),
    w!("suit-cap-other", "F2", Suit, "其他案件的最长起诉期限（五年）", "Outer limit to sue in other cases (5 years)",
        "行政行为作出之日", "the day the act was made",
        alpl!(Within(Period::years(5)), L => [ap(L, 46, 2)])),
    w!("suit-after-reconsideration", "F3", Suit, "不服复议决定的起诉期限", "Time limit to sue after a reconsideration decision",
        "收到复议决定书之日", "the day the reconsideration decision was received",
        alpl!(Within(Period::days(15)), L => [a(L, 45)])),
    w!("suit-after-reconsideration-lapse", "F3", Suit, "复议机关逾期不作决定的起诉期限", "Time limit to sue when the reconsideration body did not decide in time",
        "复议期满之日", "the day the reconsideration period expired",
        alpl!(Within(Period::days(15)), L => [a(L, 45)])),
    w!("suit-not-informed-cap", "F4", Suit, "未告知起诉期限时的最长起诉期限", "Outer limit when the agency did not state the time limit to sue",
        "知道或者应当知道行政行为内容之日", "the day the plaintiff knew or should have known the act's content",
        &[v!(INTERP_FROM, None, Within(Period::years(1)), [ap(INTERP, 64, 1), ap(INTERP, 64, 2)])]),
    w!("suit-content-unknown", "F5", Suit, "不知道行政行为内容时的起诉期限", "Time limit when the act's content was not known",
        "知道或者应当知道该行政行为内容之日", "the day the plaintiff knew or should have known the act's content",
        &[v!(INTERP_FROM, None, NotComputable("composite"), [a(INTERP, 65), ap(ALPL, 46, 2)])]),
    w!("agency-duty-performance", "F6", CourtOrAgency, "行政机关履行法定职责的期限", "Period for the agency to perform a statutory duty",
        "行政机关接到申请之日", "the day the agency received the application",
        alpl!(Within(Period::months(2)), L => [ap(L, 47, 1)])),
    w!("suit-nonperformance", "F6", Suit, "不履行法定职责案件的起诉期限", "Time limit to sue over failure to perform a duty",
        "行政机关履行法定职责期限届满之日", "the day the agency's period to perform expired",
        &[v!(INTERP_FROM, None, Within(Period::months(6)), [a(INTERP, 66), ap(ALPL, 47, 1)])]),
    w!("suit-nonperformance-emergency", "F6", Suit, "紧急情况下请求履行法定职责的起诉", "Suing over an emergency request the agency did not perform",
        "行政机关不履行", "the agency's failure to act",
        alpl!(NoLimit, L => [ap(L, 47, 2)])),
    w!("admin-agreement-nonperformance", "F7", Suit, "行政协议不履行之诉的诉讼时效", "Limitation for suits over non-performance of an administrative agreement",
        "参照民事法律规范", "as civil-law limitation rules provide",
        &[v!("2020-01-01", None, NotComputable("civil_limitation"), [a(law::ADMIN_AGREEMENT_PROVISIONS_2019, 25)])]),
    w!("compensation-application", "F8", Suit, "向赔偿义务机关申请行政赔偿的期限", "Time limit to claim compensation from the liable agency",
        "知道或者应当知道行政行为侵犯其合法权益之日", "the day the claimant knew or should have known of the infringement",
        &[v!("2013-01-01", Some("2022-04-30"), Within(Period::years(2)), [ap(SCL, 39, 1)]),
         v!("2022-05-01", None, Within(Period::years(2)), [a(COMP, 15), ap(SCL, 39, 1)])]),
    w!("compensation-decision", "F8", CourtOrAgency, "赔偿义务机关作出赔偿决定的期限", "Period for the liable agency to decide on compensation",
        "收到赔偿申请之日", "the day the agency received the claim",
        &[v!("2013-01-01", None, Within(Period::months(2)), [ap(SCL, 13, 1), a(COMP, 15)])]),
    w!("compensation-suit-after-lapse", "F8", Suit, "赔偿义务机关逾期未决定的起诉期限", "Time limit to sue when the agency did not decide on compensation",
        "赔偿决定期限届满之日", "the day the agency's decision period expired",
        &[v!("2013-01-01", None, Within(Period::months(3)), [ap(SCL, 14, 1)])]),
    w!("compensation-suit-after-decision", "F8", Suit, "不服赔偿决定的起诉期限", "Time limit to sue over a compensation decision",
        "赔偿义务机关作出赔偿或者不予赔偿决定之日", "the day the agency decided to pay or not to pay",
        &[v!("2013-01-01", None, Within(Period::months(3)), [ap(SCL, 14, 2)])]),
    w!("compensation-reconsideration-part", "F8", Suit, "仅对复议决定中行政赔偿部分起诉的期限", "Time limit to sue over only the compensation part of a reconsideration decision",
        "复议决定书送达之日", "the day the reconsideration decision was served",
        &[v!("2022-05-01", None, Within(Period::days(15)), [ap(COMP, 17, 1)])]),
    w!("nullity-claim-cutoff", "F9", Suit, "确认无效之诉的适用时点", "Claims to confirm nullity: acts made from 2015-05-01 only",
        "行政行为作出之日", "the day the act was made",
        &[v!(INTERP_FROM, None, Cutoff("2015-05-01"), [a(INTERP, 162)])]),
    // --- §0.3 court / defendant deadlines ---
    w!("court-registration", "C1", CourtOrAgency, "人民法院决定是否立案的期限", "Period for the court to decide whether to register a case",
        "接收起诉状之日（补正的，补正后递交之日）", "the day the complaint was received (after correction: the day the corrected complaint was filed)",
        &[v!(INTERP_FROM, None, Within(Period::days(7)), [ap(ALPL, 51, 2), ap(INTERP, 53, 2), a(INTERP, 49)])]),
    w!("court-serve-complaint", "C2", CourtOrAgency, "发送起诉状副本的期限", "Period for the court to send the complaint to the defendant",
        "立案之日", "the day the case was registered",
        alpl!(Within(Period::days(5)), L => [ap(L, 67, 1)])),
    w!("defence-answer", "C3", Party, "被告提交证据、规范性文件和答辩状的期限", "Defendant's period to submit evidence, normative documents and the answer",
        "收到起诉状副本之日", "the day the defendant received the complaint",
        alpl!(Within(Period::days(15)), L => [ap(L, 67, 1), ap(L, 34, 2)]; before [
            v!(ALPL89_FROM, Some("2002-09-30"), NotComputable(NOT_ENCODED), [Citation::whole(ALPL89)]),
            v!(EVID_FROM, ALPL89_UNTIL, Within(Period::days(10)), [ap(EVID, 1, 1), Citation::whole(ALPL89)]),
        ])),
    w!("defence-evidence-extension-request", "C4", Party, "被告申请延期提供证据的期限", "Defendant's period to ask for more time to produce evidence",
        "收到起诉状副本之日", "the day the defendant received the complaint",
        &[v!(ALPL89_FROM, Some("2002-09-30"), NotComputable(NOT_ENCODED), [Citation::whole(ALPL89)]),
         v!(EVID_FROM, Some("2018-02-07"), Within(Period::days(10)), [ap(EVID, 1, 2)]),
         v!(INTERP_FROM, None, Within(Period::days(15)), [a(INTERP, 34), ap(ALPL, 36, 1)])]),
    w!("defence-evidence-after-obstacle", "C4", Party, "准许延期后被告提供证据的期限", "Defendant's period to produce evidence after the obstacle ends",
        "正当事由消除之日", "the day the obstacle ended",
        &[v!(ALPL89_FROM, Some("2002-09-30"), NotComputable(NOT_ENCODED), [Citation::whole(ALPL89)]),
         v!(EVID_FROM, Some("2018-02-07"), Within(Period::days(10)), [ap(EVID, 1, 2)]),
         v!(INTERP_FROM, None, Within(Period::days(15)), [a(INTERP, 34)])]),
    w!("jurisdiction-objection", "C5", Party, "提出管辖异议的期限", "Period to object to jurisdiction",
        "收到起诉状副本之日", "the day the defendant received the complaint",
        &[v!(INTERP_FROM, None, Within(Period::days(15)), [ap(INTERP, 10, 1)])]),
    w!("plaintiff-evidence", "C6", Party, "原告或者第三人提供证据的期限", "Plaintiff's or third party's time to produce evidence",
        "开庭审理前或者人民法院指定的交换证据清单之日", "before the hearing or on the evidence-exchange day the court sets",
        &[v!(INTERP_FROM, None, NotComputable("before_hearing"), [ap(INTERP, 35, 1), ap(INTERP, 36, 1)])]),
    w!("simplified-evidence-max", "C7", Party, "简易程序举证期限（不得超过十五日）", "Simplified procedure: evidence period (at most 15 days)",
        "人民法院确定举证期限之日", "the day the court set the evidence period",
        &[v!(INTERP_FROM, None, Within(Period::days(15)), [ap(INTERP, 104, 1)])]),
    w!("summons-before-hearing", "C8", CourtOrAgency, "开庭三日前传唤当事人", "Summons at least 3 days before the hearing",
        "开庭日期", "the hearing date",
        &[v!(INTERP_FROM, None, Before(Period::days(3)), [a(INTERP, 71)])]),
    w!("head-notice-before-hearing", "C8", CourtOrAgency, "开庭三日前送达负责人出庭通知书", "Notice asking the agency head to appear, at least 3 days before the hearing",
        "开庭日期", "the hearing date",
        &[v!("2020-07-01", None, Before(Period::days(3)), [ap(law::HEAD_APPEARANCE_PROVISIONS_2020, 5, 2)])]),
    w!("trial-first-instance", "C9", CourtOrAgency, "第一审审理期限", "First-instance trial period",
        "立案之日", "the day the case was registered",
        alpl!(Within(Period::months(6)), L => [a(L, 81), ap(INTERP, 50, 1)]; before [
            v!(ALPL89_FROM, Some("2000-09-27"), NotComputable(NOT_ENCODED), [Citation::whole(ALPL89)]),
            v!(TRIAL00_FROM, ALPL89_UNTIL, Within(Period::months(3)), [ap(TRIAL00, 3, 1)]),
        ])),
    w!("trial-simplified", "C9", CourtOrAgency, "简易程序审理期限", "Simplified-procedure trial period",
        "立案之日", "the day the case was registered",
        alpl!(Within(Period::days(45)), L => [a(L, 83), ap(INTERP, 50, 1)])),
    w!("trial-appeal", "C9", CourtOrAgency, "第二审审理期限", "Appeal trial period",
        "收到上诉状之日", "the day the appeal was received",
        alpl!(Within(Period::months(3)), L => [a(L, 88), ap(INTERP, 50, 1)]; before [
            v!(ALPL89_FROM, Some("2000-09-27"), NotComputable(NOT_ENCODED), [Citation::whole(ALPL89)]),
            v!(TRIAL00_FROM, ALPL89_UNTIL, Within(Period::months(2)), [ap(TRIAL00, 3, 2)]),
        ])),
    w!("appeal-judgment", "C10", Party, "不服第一审判决的上诉期限", "Time limit to appeal a first-instance judgment",
        "判决书送达之日", "the day the judgment was served",
        alpl!(Within(Period::days(15)), L => [a(L, 85)])),
    w!("appeal-ruling", "C10", Party, "不服第一审裁定的上诉期限", "Time limit to appeal a first-instance ruling",
        "裁定书送达之日", "the day the ruling was served",
        alpl!(Within(Period::days(10)), L => [a(L, 85)])),
    w!("appeal-answer", "C10", Party, "对方当事人提出上诉答辩状的期限", "Respondent's period to answer an appeal",
        "收到上诉状副本之日", "the day the respondent received the appeal",
        &[v!(INTERP_FROM, None, Within(Period::days(15)), [ap(INTERP, 108, 2)])]),
    w!("retrial-application", "C11", Party, "申请再审的期限", "Time limit to apply for retrial",
        "判决、裁定或者调解书发生法律效力之日（法定情形为知道或者应当知道之日）", "the day the judgment, ruling or mediation statement took effect (for the listed grounds: the day the ground became known)",
        &[v!(INTERP_FROM, None, Within(Period::months(6)), [a(INTERP, 110)])]),
    w!("retrial-third-party", "C11", Party, "未参加诉讼的第三人申请再审的期限", "Time limit for a third party who took no part to apply for retrial",
        "知道或者应当知道其合法权益受到损害之日", "the day the third party knew or should have known of the harm",
        &[v!(INTERP_FROM, None, Within(Period::months(6)), [ap(INTERP, 30, 3)])]),
    w!("retrial-review", "C11", CourtOrAgency, "再审申请审查期限", "Period for the court to review a retrial application",
        "再审申请案件立案之日", "the day the retrial application was registered",
        &[v!(INTERP_FROM, None, Within(Period::months(6)), [a(INTERP, 112)])]),
    w!("enforcement-application", "C12", Party, "申请执行生效裁判的期限", "Time limit to apply for enforcement of a judgment",
        "法律文书规定的履行期间最后一日（未规定履行期限的，送达之日）", "the last day of the performance period (if none: the day of service)",
        &[v!(INTERP_FROM, None, Within(Period::years(2)), [ap(INTERP, 153, 1), ap(INTERP, 153, 2)])]),
    w!("non-litigation-enforcement", "C13", Party, "行政机关申请人民法院强制执行的期限", "Time limit for the agency to ask the court to enforce its act",
        "被执行人的法定起诉期限届满之日", "the day the addressee's time limit to sue expired",
        &[v!(INTERP_FROM, None, Within(Period::months(3)), [a(INTERP, 156), a(law::ADMIN_COERCION_LAW_2011, 53)])]),
    // 行政强制法 第五十六条第一款 (5 days to accept) and 第五十七条 (7 days to rule) set the periods
    // that 行诉解释 第一百五十五条第三款 and 第一百六十条第一款 restate for the same application. The
    // statute's 第六十九条 makes them working days; a judicial interpretation restating a statute's
    // period does not change how the statute counts it (an interpretive choice: the 解释 alone would
    // count calendar days under its 第四十八条). Before 2018-02-08 the statute alone is cited.
    w!("non-litigation-registration", "C13", CourtOrAgency, "非诉执行申请立案受理期限", "Period for the court to register an enforcement application",
        "收到执行申请之日", "the day the court received the application",
        &[v!(COERCION_FROM, Some("2018-02-07"), Within(Period::working_days(5)), [ap(COERCION, 56, 1), a(COERCION, 69)], COERCION_WD),
         v!(INTERP_FROM, None, Within(Period::working_days(5)), [ap(COERCION, 56, 1), a(COERCION, 69), ap(INTERP, 155, 3)], COERCION_WD)]),
    w!("non-litigation-review", "C13", CourtOrAgency, "非诉执行合法性审查期限", "Period for the court to review the act before enforcing it",
        "受理执行申请之日", "the day the application was accepted",
        &[v!(COERCION_FROM, Some("2018-02-07"), Within(Period::working_days(7)), [a(COERCION, 57), a(COERCION, 69)], COERCION_WD),
         v!(INTERP_FROM, None, Within(Period::working_days(7)), [a(COERCION, 57), a(COERCION, 69), ap(INTERP, 160, 1)], COERCION_WD)]),
    // 三十日 is longer than ten days: calendar days (行政强制法 第五十八条第二款 and 行诉解释 第一百六十条第二款 agree).
    w!("non-litigation-review-extended", "C13", CourtOrAgency, "听取意见后作出是否准予执行裁定的期限", "Period to rule on enforcement after hearing both sides",
        "受理执行申请之日", "the day the application was accepted",
        &[v!(COERCION_FROM, Some("2018-02-07"), Within(Period::days(30)), [ap(COERCION, 58, 2)]),
         v!(INTERP_FROM, None, Within(Period::days(30)), [ap(COERCION, 58, 2), ap(INTERP, 160, 2)])]),
    // --- issue 17: windows of the texts in the reference set that were not encoded before ---
    w!("suit-extension-after-obstacle", "ALPL 48(2)", Party, "障碍消除后申请延长起诉期限的期限", "Period to ask for more time to sue after an obstacle ends",
        "障碍消除之日", "the day the obstacle ended",
        alpl!(Within(Period::days(10)), L => [ap(L, 48, 2)])),
    w!("court-serve-answer", "ALPL 67(1)", CourtOrAgency, "发送答辩状副本的期限", "Period for the court to send the answer to the plaintiff",
        "收到答辩状之日", "the day the court received the answer",
        alpl!(Within(Period::days(5)), L => [ap(L, 67, 1)])),
    w!("court-send-judgment", "ALPL 80(2)", CourtOrAgency, "当庭宣判后发送判决书的期限", "Period to send the judgment after it was pronounced in court",
        "当庭宣判之日", "the day the judgment was pronounced in court",
        alpl!(Within(Period::days(10)), L => [ap(L, 80, 2)])),
    w!("suit-after-preservation", "INTERP 77(3)", Suit, "诉前保全后提起诉讼的期限", "Time limit to sue after a pre-suit preservation order",
        "人民法院采取保全措施之日", "the day the court took the preservation measure",
        &[v!(INTERP_FROM, None, Within(Period::days(30)), [ap(INTERP, 77, 3)])]),
    w!("suspension-termination", "INTERP 88(2)", CourtOrAgency, "中止诉讼满九十日无人继续诉讼的终结", "Termination after 90 days' suspension with no one taking over the suit",
        "中止诉讼之日", "the day the proceedings were suspended",
        &[v!(INTERP_FROM, None, Within(Period::days(90)), [ap(INTERP, 88, 2)])]),
    w!("appeal-serve-copy", "INTERP 108(2)", CourtOrAgency, "原审法院发送上诉状副本的期限", "Period for the first-instance court to send the appeal to the other parties",
        "原审人民法院收到上诉状之日", "the day the first-instance court received the appeal",
        &[v!(INTERP_FROM, None, Within(Period::days(5)), [ap(INTERP, 108, 2)])]),
    w!("appeal-serve-answer", "INTERP 108(3)", CourtOrAgency, "原审法院发送上诉答辩状副本的期限", "Period for the first-instance court to send the appeal answer to the appellant",
        "原审人民法院收到答辩状之日", "the day the first-instance court received the answer",
        &[v!(INTERP_FROM, None, Within(Period::days(5)), [ap(INTERP, 108, 3)])]),
    w!("appeal-forward-file", "INTERP 108(4)", CourtOrAgency, "原审法院报送上诉案卷的期限", "Period for the first-instance court to send the appeal file to the appeal court",
        "原审人民法院收到上诉状、答辩状之日", "the day the first-instance court had the appeal and the answer",
        &[v!(INTERP_FROM, None, Within(Period::days(5)), [ap(INTERP, 108, 4)])]),
    w!("intermediate-court-complaint-decision", "INTERP 6", CourtOrAgency, "中级人民法院对越级起诉作出处理的期限", "Period for the intermediate court to deal with a complaint filed with it directly",
        "中级人民法院收到起诉之日", "the day the intermediate court received the complaint",
        &[v!(INTERP_FROM, None, Within(Period::days(7)), [ap(INTERP, 6, 1)])]),
    w!("recusal-decision", "INTERP 74(3)", CourtOrAgency, "对回避申请作出决定的期限", "Period to decide a recusal request",
        "人民法院收到回避申请之日", "the day the court received the recusal request",
        &[v!(INTERP_FROM, None, Within(Period::days(3)), [ap(INTERP, 74, 3)])]),
    w!("recusal-review-decision", "INTERP 74(4)", CourtOrAgency, "对回避复议申请作出复议决定的期限", "Period to decide a request to review a refused recusal",
        "人民法院收到复议申请之日", "the day the court received the request for review",
        &[v!(INTERP_FROM, None, Within(Period::days(3)), [ap(INTERP, 74, 4)])]),
    // 证据规定 第二十五条 sets periods the 行诉解释 does not (so its 第一百六十三条 leaves them in force).
    w!("evidence-collection-review-application", "EVID 25", Party, "对不准许调取证据申请复议的期限", "Period to ask for review of a refusal to collect evidence",
        "收到不准许调取证据通知书之日", "the day the party received the refusal",
        &[v!(EVID_FROM, None, Within(Period::days(3)), [ap(EVID, 25, 1)])]),
    w!("evidence-collection-review-decision", "EVID 25", CourtOrAgency, "对调取证据复议申请作出答复的期限", "Period to answer a request to review a refusal to collect evidence",
        "收到复议申请之日", "the day the court received the request for review",
        &[v!(EVID_FROM, None, Within(Period::days(5)), [ap(EVID, 25, 1)])]),
    w!("compensation-completion-notice", "F8", CourtOrAgency, "一次性告知补正赔偿申请材料的期限", "Period to tell the claimant at once everything missing from the claim",
        "赔偿义务机关收到赔偿申请之日", "the day the agency received the claim",
        &[v!("2013-01-01", None, Within(Period::days(5)), [ap(SCL, 12, 4)])]),
    w!("coercion-immediate-enforcement", "C13", CourtOrAgency, "情况紧急时立即执行的期限", "Period to enforce at once in an emergency",
        "人民法院作出执行裁定之日", "the day the court ruled for enforcement",
        &[v!(COERCION_FROM, None, Within(Period::working_days(5)), [a(COERCION, 59), a(COERCION, 69)], COERCION_WD)]),
    w!("retrial-renewed-application", "INTERP 115(4)", Party, "撤回再审申请后再次申请再审的期限", "Time limit to apply again for retrial after withdrawing an application",
        "知道或者应当知道行政诉讼法第九十一条第二项、第三项、第七项、第八项规定情形之日", "the day the applicant knew or should have known a ground of 行政诉讼法 第九十一条 items 2, 3, 7 or 8",
        &[v!(INTERP_FROM, None, Within(Period::months(6)), [ap(INTERP, 115, 4)])]),
    w!("retrial-serve-copy", "INTERP 111", CourtOrAgency, "发送再审申请书副本的期限", "Period to send the retrial application to the other party",
        "人民法院收到再审申请书之日", "the day the court received the retrial application",
        &[v!(INTERP_FROM, None, Within(Period::days(5)), [a(INTERP, 111)])]),
    w!("retrial-opinion", "INTERP 111", Party, "对方当事人提交再审书面意见的期限", "Other party's period to submit a written opinion on a retrial application",
        "收到再审申请书副本之日", "the day the other party received the retrial application",
        &[v!(INTERP_FROM, None, Within(Period::days(15)), [a(INTERP, 111)])]),
    // 十五日 and 三十日 are longer than ten days: calendar days even under 行政强制法 第六十九条.
    // Neither text says from when the 15 days to ask for review of a refusal run; the day the agency
    // received the ruling is the reading 行政强制法 第五十八条第三款 states for the refusal to enforce.
    w!("non-litigation-refusal-review-application", "C13", Party, "对不予受理裁定申请复议的期限", "Agency's period to ask for review of a refusal to register its enforcement application",
        "收到不予受理裁定之日", "the day the agency received the refusal",
        &[v!(COERCION_FROM, Some("2018-02-07"), Within(Period::days(15)), [ap(COERCION, 56, 2)]),
         v!(INTERP_FROM, None, Within(Period::days(15)), [ap(COERCION, 56, 2), ap(INTERP, 155, 3)])]),
    w!("non-litigation-refusal-review-decision", "C13", CourtOrAgency, "上一级法院对不予受理复议作出裁定的期限", "Period for the higher court to rule on a review of a refusal to register",
        "收到复议申请之日", "the day the higher court received the request",
        &[v!(COERCION_FROM, Some("2018-02-07"), Within(Period::days(15)), [ap(COERCION, 56, 2)]),
         v!(INTERP_FROM, None, Within(Period::days(15)), [ap(COERCION, 56, 2), ap(INTERP, 155, 3)])]),
    w!("non-litigation-denial-service", "C13", CourtOrAgency, "送达不予执行裁定的期限", "Period to serve a ruling refusing enforcement on the agency",
        "裁定不予执行之日", "the day the court ruled against enforcement",
        &[v!(COERCION_FROM, None, Within(Period::working_days(5)), [ap(COERCION, 58, 2), a(COERCION, 69)], COERCION_WD)]),
    w!("non-litigation-denial-review-application", "C13", Party, "对不准予执行裁定申请复议的期限", "Agency's period to ask for review of a ruling refusing enforcement",
        "收到不予执行裁定之日", "the day the agency received the ruling",
        &[v!(COERCION_FROM, Some("2018-02-07"), Within(Period::days(15)), [ap(COERCION, 58, 3)]),
         v!(INTERP_FROM, None, Within(Period::days(15)), [ap(COERCION, 58, 3), ap(INTERP, 161, 2)])]),
    w!("non-litigation-denial-review-decision", "C13", CourtOrAgency, "上一级法院对不准予执行复议作出裁定的期限", "Period for the higher court to rule on a review of a refusal to enforce",
        "收到复议申请之日", "the day the higher court received the request",
        &[v!(COERCION_FROM, Some("2018-02-07"), Within(Period::days(30)), [ap(COERCION, 58, 3)]),
         v!(INTERP_FROM, None, Within(Period::days(30)), [ap(COERCION, 58, 3), ap(INTERP, 161, 2)])]),
    // 催告书送达十日后: the agency may apply only once the ten (working) days have run; the due day
    // is the addressee's last day to perform, and an application on or before it is premature.
    w!("coercion-notice-period", "C13", Party, "催告书送达后当事人履行义务的期限（届满后方可申请强制执行）", "Addressee's period to perform after a formal demand (the agency may apply to the court only after it)",
        "催告书送达之日", "the day the formal demand was served",
        &[v!(COERCION_FROM, None, Within(Period::working_days(10)), [a(COERCION, 54), a(COERCION, 69)], COERCION_WD)]),
    w!("adjudication-beneficiary-enforcement", "INTERP 158", Party, "生效行政裁决确定的权利人申请强制执行的期限", "Time limit for the beneficiary of an administrative adjudication to apply for enforcement",
        "作出裁决的行政机关申请执行的期限届满之日", "the day the adjudicating agency's own period to apply expired",
        &[v!(INTERP_FROM, None, Within(Period::months(6)), [ap(INTERP, 158, 1), a(INTERP, 156)])]),
    w!("compensation-reconsideration-not-informed-cap", "F8", Suit, "复议决定未告知起诉期限时行政赔偿诉讼的最长期限", "Outer limit to sue over compensation when the reconsideration decision did not state the time limit",
        "知道或者应当知道行政复议决定内容之日", "the day the claimant knew or should have known the decision's content",
        &[v!("2022-05-01", None, Within(Period::years(1)), [ap(COMP, 17, 2)])]),
    w!("compensation-decision-service", "F8", CourtOrAgency, "送达赔偿决定书或者不予赔偿通知的期限", "Period to serve the compensation decision or the written refusal",
        "作出赔偿或者不予赔偿决定之日", "the day the agency decided to pay or not to pay",
        &[v!("2013-01-01", None, Within(Period::days(10)), [ap(SCL, 13, 2), ap(SCL, 13, 3)])]),
    // --- §5 行政复议 (2023 law; 2017 numbers and periods for older cases, §5.11) ---
    w!("reconsideration-application", "§5 20", Suit, "申请行政复议的期限", "Time limit to apply for administrative reconsideration",
        "知道或者应当知道该行政行为之日", "the day the applicant knew or should have known of the act",
        &[v!(ARL99_FROM, Some("2017-12-31"), NotComputable(NOT_ENCODED), [Citation::whole(ARL99)]),
         v!("2018-01-01", ARL17_UNTIL, Within(Period::days(60)), [ap(ARL17, 9, 1)]),
         v!(ARL23_FROM, None, Within(Period::days(60)), [ap(ARL23, 20, 1)])]),
    w!("reconsideration-application-not-informed", "§5 20(3)", Suit, "未告知复议权利时申请行政复议的期限", "Time limit to apply when the agency did not state the right to reconsideration",
        "知道或者应当知道申请行政复议的权利、行政复议机关和申请期限之日", "the day the applicant knew or should have known the right, the reconsideration body and the time limit",
        &[v!(ARL99_FROM, Some("2017-12-31"), NotComputable(NOT_ENCODED), [Citation::whole(ARL99)]),
         v!("2018-01-01", ARL17_UNTIL, NotComputable("not_in_text"), [ap(ARL17, 9, 1)]),
         v!(ARL23_FROM, None, Within(Period::days(60)), [ap(ARL23, 20, 3), ap(ARL23, 20, 1)])]),
    w!("reconsideration-not-informed-cap", "§5 20(3)", Suit, "未告知复议权利时申请复议的最长期限", "Outer limit to apply when the agency did not state the right to reconsideration",
        "知道或者应当知道行政行为内容之日", "the day the applicant knew or should have known the act's content",
        &[v!(ARL99_FROM, Some("2017-12-31"), NotComputable(NOT_ENCODED), [Citation::whole(ARL99)]),
         v!("2018-01-01", ARL17_UNTIL, NotComputable("not_in_text"), [ap(ARL17, 9, 1)]),
         v!(ARL23_FROM, None, Within(Period::years(1)), [ap(ARL23, 20, 3)])]),
    w!("reconsideration-cap-real-property", "§5 21", Suit, "因不动产申请复议的最长期限（二十年）", "Outer limit to apply over real property (20 years)",
        "行政行为作出之日", "the day the act was made",
        &[v!(ARL99_FROM, Some("2017-12-31"), NotComputable(NOT_ENCODED), [Citation::whole(ARL99)]),
         v!("2018-01-01", ARL17_UNTIL, NotComputable("not_in_text"), [ap(ARL17, 9, 1)]),
         v!(ARL23_FROM, None, Within(Period::years(20)), [a(ARL23, 21)])]),
    w!("reconsideration-cap-other", "§5 21", Suit, "其他复议申请的最长期限（五年）", "Outer limit for other applications (5 years)",
        "行政行为作出之日", "the day the act was made",
        &[v!(ARL99_FROM, Some("2017-12-31"), NotComputable(NOT_ENCODED), [Citation::whole(ARL99)]),
         v!("2018-01-01", ARL17_UNTIL, NotComputable("not_in_text"), [ap(ARL17, 9, 1)]),
         v!(ARL23_FROM, None, Within(Period::years(5)), [a(ARL23, 21)])]),
    w!("reconsideration-acceptance-review", "§5 30", CourtOrAgency, "复议机关审查是否受理的期限", "Period for the reconsideration body to decide on acceptance",
        "收到行政复议申请之日", "the day the application was received",
        &[v!(ARL99_FROM, Some("2017-12-31"), NotComputable(NOT_ENCODED), [Citation::whole(ARL99)]),
         v!("2018-01-01", ARL17_UNTIL, Within(Period::working_days(5)), [ap(ARL17, 17, 1), ap(ARL17, 40, 2)], ARL17_WD),
         v!(ARL23_FROM, None, Within(Period::working_days(5)), [ap(ARL23, 30, 1), ap(ARL23, 88, 2)])]),
    w!("reconsideration-correction-notice", "§5 31", CourtOrAgency, "书面通知补正的期限", "Period to ask the applicant to complete the application",
        "收到申请之日", "the day the application was received",
        &[v!(ARL23_FROM, None, Within(Period::working_days(5)), [ap(ARL23, 31, 1), ap(ARL23, 88, 2)])]),
    w!("reconsideration-correction-submit", "§5 31", Party, "申请人提交补正材料的期限", "Applicant's period to submit the completed application",
        "收到补正通知之日", "the day the applicant received the request",
        &[v!(ARL23_FROM, None, Within(Period::working_days(10)), [ap(ARL23, 31, 2), ap(ARL23, 88, 2)])]),
    w!("reconsideration-forward-penalty", "§5 32", CourtOrAgency, "作出处罚决定的机关转送复议申请的期限", "Period for the penalising agency to forward an application",
        "收到行政复议申请之日", "the day the agency received the application",
        &[v!(ARL23_FROM, None, Within(Period::working_days(5)), [ap(ARL23, 32, 2), ap(ARL23, 88, 2)])]),
    w!("reconsideration-suit-after", "§5 34", Suit, "复议前置案件不服复议处理的起诉期限", "Time limit to sue after a mandatory reconsideration",
        "收到决定书之日或者行政复议期限届满之日", "the day the decision was received, or the reconsideration period expired",
        &[v!(ARL99_FROM, Some("2017-12-31"), NotComputable(NOT_ENCODED), [Citation::whole(ARL99)]),
         v!("2018-01-01", ARL17_UNTIL, Within(Period::days(15)), [a(ARL17, 19)]),
         v!(ARL23_FROM, None, Within(Period::days(15)), [a(ARL23, 34)])]),
    w!("reconsideration-serve-copy", "§5 48", CourtOrAgency, "发送复议申请书副本的期限", "Period to send the application to the respondent agency",
        "行政复议申请受理之日", "the day the application was accepted",
        &[v!(ARL99_FROM, Some("2017-12-31"), NotComputable(NOT_ENCODED), [Citation::whole(ARL99)]),
         v!("2018-01-01", ARL17_UNTIL, Within(Period::working_days(7)), [ap(ARL17, 23, 1), ap(ARL17, 40, 2)], ARL17_WD),
         v!(ARL23_FROM, None, Within(Period::working_days(7)), [a(ARL23, 48), ap(ARL23, 88, 2)])]),
    w!("reconsideration-reply", "§5 48", Party, "被申请人提出书面答复的期限", "Respondent agency's period to reply",
        "收到申请书副本或者申请笔录复印件之日", "the day the agency received the application",
        &[v!(ARL99_FROM, Some("2017-12-31"), NotComputable(NOT_ENCODED), [Citation::whole(ARL99)]),
         v!("2018-01-01", ARL17_UNTIL, Within(Period::days(10)), [ap(ARL17, 23, 1), ap(ARL17, 40, 2)]),
         v!(ARL23_FROM, None, Within(Period::working_days(10)), [a(ARL23, 48), ap(ARL23, 88, 2), a(ARL23, 70)])]),
    w!("reconsideration-hearing-notice", "§5 51", CourtOrAgency, "听证五日前书面通知当事人", "Written notice at least 5 working days before a hearing",
        "听证日期", "the hearing date",
        &[v!(ARL23_FROM, None, Before(Period::working_days(5)), [ap(ARL23, 51, 1), ap(ARL23, 88, 2)])]),
    w!("reconsideration-simplified-serve", "§5 54", CourtOrAgency, "简易程序发送申请书副本的期限", "Simplified procedure: period to send the application",
        "受理行政复议申请之日", "the day the application was accepted",
        &[v!(ARL23_FROM, None, Within(Period::working_days(3)), [ap(ARL23, 54, 1), ap(ARL23, 88, 2)])]),
    w!("reconsideration-simplified-reply", "§5 54", Party, "简易程序被申请人答复的期限", "Simplified procedure: respondent agency's period to reply",
        "收到申请书副本或者申请笔录复印件之日", "the day the agency received the application",
        &[v!(ARL23_FROM, None, Within(Period::working_days(5)), [ap(ARL23, 54, 1), ap(ARL23, 88, 2), a(ARL23, 70)])]),
    w!("reconsideration-decision", "§5 62", CourtOrAgency, "作出行政复议决定的期限", "Period to decide the reconsideration",
        "受理申请之日", "the day the application was accepted",
        &[v!(ARL99_FROM, Some("2017-12-31"), NotComputable(NOT_ENCODED), [Citation::whole(ARL99)]),
         v!("2018-01-01", ARL17_UNTIL, Within(Period::days(60)), [ap(ARL17, 31, 1)]),
         v!(ARL23_FROM, None, Within(Period::days(60)), [ap(ARL23, 62, 1)])]),
    w!("reconsideration-decision-extension", "§5 62", CourtOrAgency, "复议决定期限的最长延长（三十日）", "Longest extension of the decision period (30 days)",
        "原决定期限届满之日", "the day the original decision period expired",
        &[v!(ARL99_FROM, Some("2017-12-31"), NotComputable(NOT_ENCODED), [Citation::whole(ARL99)]),
         v!("2018-01-01", ARL17_UNTIL, Within(Period::days(30)), [ap(ARL17, 31, 1)]),
         v!(ARL23_FROM, None, Within(Period::days(30)), [ap(ARL23, 62, 1)])]),
    w!("reconsideration-simplified-decision", "§5 62", CourtOrAgency, "简易程序作出复议决定的期限", "Simplified procedure: period to decide",
        "受理申请之日", "the day the application was accepted",
        &[v!(ARL23_FROM, None, Within(Period::days(30)), [ap(ARL23, 62, 2)])]),
    w!("reconsideration-suspension-termination", "§5 41", CourtOrAgency, "中止满六十日原因仍未消除的终止", "Termination after 60 days' suspension",
        "行政复议中止之日", "the day the reconsideration was suspended",
        // Before 2024 the 实施条例 (in force 2007-08-01) set the same 60 days, for the suspensions of its
        // 第四十一条第一款第（一）项至第（三）项, under the 1999/2009 and the 2017 law alike.
        &[v!("2007-08-01", ARL17_UNTIL, Within(Period::days(60)), [ap(law::ADMIN_RECONSIDERATION_REGULATIONS_2007, 42, 2)]),
         v!(ARL23_FROM, None, Within(Period::days(60)), [a(ARL23, 41).item(5)])]),
    w!("reconsideration-normative-review", "§5 56", CourtOrAgency, "附带审查规范性文件的处理期限", "Period to deal with a normative document under incidental review",
        "收到附带审查申请之日", "the day the request was received",
        &[v!(ARL99_FROM, Some("2017-12-31"), NotComputable(NOT_ENCODED), [Citation::whole(ARL99)]),
         v!("2018-01-01", ARL17_UNTIL, Within(Period::days(30)), [a(ARL17, 26), a(ARL17, 27)]),
         v!(ARL23_FROM, None, Within(Period::days(30)), [a(ARL23, 56), a(ARL23, 57)])]),
    w!("reconsideration-normative-transfer", "§5 56", CourtOrAgency, "无权处理时转送有权机关的期限", "Period to pass a normative document to the competent body",
        "收到附带审查申请之日", "the day the request was received",
        &[v!(ARL99_FROM, Some("2017-12-31"), NotComputable(NOT_ENCODED), [Citation::whole(ARL99)]),
         v!("2018-01-01", ARL17_UNTIL, Within(Period::working_days(7)), [a(ARL17, 26), a(ARL17, 27), ap(ARL17, 40, 2)], ARL17_WD),
         v!(ARL23_FROM, None, Within(Period::working_days(7)), [a(ARL23, 56), a(ARL23, 57), ap(ARL23, 88, 2)])]),
    w!("reconsideration-drafter-notice", "§5 58", CourtOrAgency, "通知制定机关提出书面答复的期限", "Period to ask the drafting body for a written reply",
        "行政复议中止之日", "the day the reconsideration was suspended",
        &[v!(ARL23_FROM, None, Within(Period::working_days(3)), [ap(ARL23, 58, 1), ap(ARL23, 88, 2)])]),
    w!("reconsideration-drafter-reply", "§5 58", Party, "制定机关提交书面答复的期限", "Drafting body's period to reply",
        "收到书面通知之日", "the day the drafting body received the notice",
        &[v!(ARL23_FROM, None, Within(Period::working_days(10)), [ap(ARL23, 58, 1), ap(ARL23, 88, 2)])]),
    w!("reconsideration-transferee-reply", "§5 60", CourtOrAgency, "接受转送机关回复处理意见的期限", "Period for the receiving body to answer a transfer",
        "收到转送之日", "the day the transfer was received",
        // The 2017 text (第二十六条) gave the competent body 60 days to deal with the document; the
        // 2023 text (第六十条) 60 days to reply with its opinion.
        &[v!(ARL99_FROM, Some("2017-12-31"), NotComputable(NOT_ENCODED), [Citation::whole(ARL99)]),
         v!("2018-01-01", ARL17_UNTIL, Within(Period::days(60)), [a(ARL17, 26)]),
         v!(ARL23_FROM, None, Within(Period::days(60)), [a(ARL23, 60)])]),
    w!("reconsideration-opinion-report", "§5 76", Party, "报送行政复议意见书纠正情况的期限", "Period to report corrections made after a reconsideration opinion",
        "收到行政复议意见书之日", "the day the opinion was received",
        // Before 2024: 实施条例 第五十七条第一款 (60 days to report to the reconsideration office).
        &[v!("2007-08-01", ARL17_UNTIL, Within(Period::days(60)), [ap(law::ADMIN_RECONSIDERATION_REGULATIONS_2007, 57, 1)]),
         v!(ARL23_FROM, None, Within(Period::days(60)), [a(ARL23, 76)])]),
];
