//! An invoice as EN 16931 sees it (SPEC 16): the one typed document that every
//! e-invoice syntax (CII, XRechnung, Peppol UBL) writes, so their amounts and parties
//! cannot differ. Built from the invoice's document (`InvoiceDoc`), whose amounts the
//! HTML prints. A credit note's amounts are positive here, as both syntaxes want them.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::invoice::InvoiceDoc;
use super::money::Money;

/// The e-invoice syntaxes and their rule sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// EN 16931 CII.
    Cii,
    /// CII under the XRechnung 3.0 rules (Germany).
    XRechnung,
    /// Peppol BIS Billing 3.0 UBL.
    Ubl,
}

impl Flavour {
    /// The specification identifier (BT-24).
    pub fn guideline(self) -> &'static str {
        match self {
            Flavour::Cii => "urn:cen.eu:en16931:2017",
            Flavour::XRechnung => {
                "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"
            }
            Flavour::Ubl => {
                "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
            }
        }
    }
}

impl From<super::client::EInvoice> for Flavour {
    /// The rules the e-invoice of `[invoice] einvoice` follows.
    fn from(einvoice: super::client::EInvoice) -> Flavour {
        match einvoice {
            super::client::EInvoice::Cii => Flavour::Cii,
            super::client::EInvoice::Xrechnung => Flavour::XRechnung,
            super::client::EInvoice::Ubl => Flavour::Ubl,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EInvoice {
    pub number: String,
    /// 380 (commercial invoice) or 381 (credit note).
    pub type_code: u16,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub currency: String,
    /// BT-10.
    pub buyer_reference: Option<String>,
    pub notes: Vec<String>,
    pub seller: Party,
    pub buyer: Party,
    /// BT-72: the last day of the period billed, else the invoice's date.
    pub delivery: NaiveDate,
    /// BT-80: the country delivered to, for an intra-community supply (K).
    pub deliver_to: Option<String>,
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// BG-16: credit transfer to this account.
    pub payment: Option<Account>,
    /// BT-83: the invoice's number.
    pub payment_reference: Option<String>,
    /// BT-20 (none on a credit note).
    pub terms: Option<String>,
    pub lines: Vec<Line>,
    pub allowance: Option<Allowance>,
    pub tax: Tax,
    pub totals: Totals,
    /// BT-25: the invoice a credit note credits.
    pub preceding: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Party {
    pub name: String,
    /// BT-30.
    pub registration_id: Option<String>,
    pub vat_id: Option<String>,
    pub contact: Option<Contact>,
    pub address: Address,
    /// BT-34 / BT-49 in CII: (scheme, id), an e-mail (`EM`).
    pub endpoint: Option<(String, String)>,
    /// Its Peppol participant id (scheme, id): UBL's endpoint.
    pub peppol: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contact {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// A postal address: in parts when it has them, else its printed text as `line`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Address {
    pub line: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub country: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub iban: String,
    pub bic: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub id: usize,
    pub name: String,
    pub quantity: Decimal,
    /// UN/ECE rec. 20: `HUR`, `MON`, `C62`.
    pub unit_code: &'static str,
    pub price: Decimal,
    pub amount: Decimal,
}

/// The document-level discount (BG-20).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allowance {
    pub percent: Option<Decimal>,
    pub basis: Decimal,
    pub amount: Decimal,
}

/// The one VAT breakdown (BG-23): every line is of one category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tax {
    pub category: String,
    /// None outside the scope of VAT (BR-O-05).
    pub rate: Option<Decimal>,
    pub basis: Decimal,
    pub amount: Decimal,
    /// BT-120, for the categories that state why no VAT is charged.
    pub exemption: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    pub line_total: Decimal,
    pub allowance_total: Decimal,
    pub tax_basis: Decimal,
    pub tax_total: Decimal,
    pub grand_total: Decimal,
    pub due_payable: Decimal,
}

/// The VAT category of an invoice: its own, else `S` (standard rate) when it is taxed.
pub fn category(doc: &InvoiceDoc) -> Option<String> {
    doc.tax_category
        .clone()
        .or_else(|| doc.tax_percent.filter(|p| !p.is_zero()).map(|_| "S".to_string()))
}

/// Categories whose invoice states why no VAT is charged (BR-E/AE/IC/G/O-10).
pub fn exempt(category: &str) -> bool {
    matches!(category, "E" | "AE" | "K" | "G" | "O")
}

/// `doc` with every text of its parties and its buyer reference trimmed, and a blank
/// one taken as absent: a blank value is no value (and no empty element).
fn tidy(doc: &InvoiceDoc) -> InvoiceDoc {
    let clean = |v: &mut Option<String>| {
        *v = v.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_string);
    };
    let mut doc = doc.clone();
    let s = &mut doc.seller;
    for v in [
        &mut s.name,
        &mut s.address,
        &mut s.email,
        &mut s.phone,
        &mut s.vat_id,
        &mut s.payment_terms,
        &mut s.footer,
        &mut s.country,
        &mut s.street,
        &mut s.postcode,
        &mut s.city,
        &mut s.registration_id,
        &mut s.contact,
        &mut s.iban,
        &mut s.bic,
        &mut s.peppol_id,
    ] {
        clean(v);
    }
    let b = &mut doc.bill_to;
    for v in [
        &mut b.address,
        &mut b.email,
        &mut b.vat_id,
        &mut b.country,
        &mut b.street,
        &mut b.postcode,
        &mut b.city,
        &mut b.peppol_id,
    ] {
        clean(v);
    }
    clean(&mut doc.buyer_reference);
    clean(&mut doc.tax_exemption);
    doc
}

/// What `flavour` needs that this invoice lacks, as the settings to add (the business
/// rules a setting can satisfy: BR-S/E/AE/O-02, BR-*-05, BR-CO-26, BR-*-10, and
/// XRechnung's BR-DE rules).
pub fn missing(doc: &InvoiceDoc, flavour: Flavour) -> Vec<String> {
    let doc = &tidy(doc);
    let mut out = Vec::new();
    let seller = &doc.seller;
    let buyer = &doc.bill_to.id;
    let mut need = |absent: bool, what: String| {
        if absent {
            out.push(what);
        }
    };
    need(seller.name.as_deref().is_none_or(str::is_empty), "[company] name".into());
    need(seller.country.is_none(), "[company] country (like DE)".into());
    need(
        doc.bill_to.country.is_none(),
        format!("the country of {buyer} (client set {buyer} --country FR)"),
    );
    let category = category(doc);
    match category.as_deref() {
        None => need(
            true,
            "a VAT category for an invoice without tax ([invoice] tax_category = \"E\", \"Z\", \"O\", ...)".into(),
        ),
        Some(c) => need(
            exempt(c) && doc.tax_exemption.is_none(),
            "the reason of the exemption ([invoice] tax_exemption = \"...\")".into(),
        ),
    }
    match category.as_deref() {
        // Outside the scope of VAT no VAT id is written: the registration names the
        // seller.
        Some("O") => {
            need(
                seller.registration_id.is_none(),
                "[company] registration_id (like \"HRB 12345\"), which names the seller of an invoice outside the scope of VAT".into(),
            );
            need(
                doc.tax_percent.is_some_and(|p| !p.is_zero()),
                format!(
                    "no tax for VAT category O: it charges none (client set {buyer} --tax-percent 0, or another --tax-category)"
                ),
            );
        }
        Some(c) => {
            need(seller.vat_id.is_none(), format!("[company] vat_id (VAT category {c})"));
            // The category and the rate agree (BR-S-05, BR-Z/E/AE/IC/G-05).
            let taxed = doc.tax_percent.is_some_and(|p| !p.is_zero());
            need(
                c == "S" && !taxed,
                format!("a tax rate for VAT category S (client set {buyer} --tax-percent 19)"),
            );
            need(
                matches!(c, "Z" | "E" | "AE" | "K" | "G") && taxed,
                format!(
                    "no tax for VAT category {c}: it charges none (client set {buyer} --tax-percent 0, or another --tax-category)"
                ),
            );
            need(
                matches!(c, "AE" | "K") && doc.bill_to.vat_id.is_none(),
                format!("the VAT id of {buyer} (client set {buyer} --vat-id ...)"),
            );
        }
        None => {}
    }
    if flavour == Flavour::Ubl {
        need(seller.peppol_id.is_none(), "[company] peppol_id (like \"0208:0123456749\")".into());
        need(
            doc.bill_to.peppol_id.is_none(),
            format!("the Peppol id of {buyer} (client set {buyer} --peppol-id 0208:...)"),
        );
        // PEPPOL-EN16931-R003: a buyer reference or an order reference.
        need(
            doc.buyer_reference.is_none(),
            format!("the buyer reference of {buyer} (client set {buyer} --buyer-reference ...)"),
        );
    }
    if flavour == Flavour::XRechnung {
        need(
            doc.buyer_reference.is_none(),
            format!(
                "the buyer reference of {buyer}, e.g. its Leitweg-ID (client set {buyer} --buyer-reference ...)"
            ),
        );
        for (absent, key) in [
            (seller.contact.is_none(), "contact"),
            (seller.phone.is_none(), "phone"),
            (seller.email.is_none(), "email"),
            (seller.iban.is_none(), "iban"),
            (seller.city.is_none(), "city"),
            (seller.postcode.is_none(), "postcode"),
        ] {
            need(absent, format!("[company] {key}"));
        }
        need(
            doc.bill_to.city.is_none() || doc.bill_to.postcode.is_none(),
            format!(
                "the city and postcode of {buyer} (client set {buyer} --city ... --postcode ...)"
            ),
        );
        // PEPPOL-EN16931-R010, which XRechnung adopts: the buyer's electronic address.
        need(
            doc.bill_to.email.is_none(),
            format!(
                "an e-mail of {buyer}, its electronic address (client set {buyer} --billing-email ...)"
            ),
        );
    }
    out
}

/// A Peppol id `scheme:id` as (scheme, id).
fn peppol(id: &Option<String>) -> Option<(String, String)> {
    let (scheme, id) = id.as_deref()?.split_once(':')?;
    Some((scheme.to_string(), id.to_string()))
}

fn cents(m: Decimal) -> Decimal {
    Money::cents(m).0
}

/// The e-invoice of `doc` (whose [`missing`] is empty). A negative total is a credit
/// note with its amounts turned positive.
pub fn of(doc: &InvoiceDoc) -> EInvoice {
    let doc = &tidy(doc);
    let credit = doc.totals.total.0.is_sign_negative();
    let sign = if credit { Decimal::NEGATIVE_ONE } else { Decimal::ONE };
    let category = category(doc).unwrap_or_else(|| "S".into());
    let outside = category == "O";
    let rate = (!outside).then(|| doc.tax_percent.unwrap_or(Decimal::ZERO).normalize());
    let s = &doc.seller;
    let address = |text: &Option<String>,
                   street: &Option<String>,
                   postcode: &Option<String>,
                   city: &Option<String>,
                   country: &Option<String>| Address {
        // The printed text is the line when there are no parts.
        line: street.clone().or_else(|| city.is_none().then(|| text.clone()).flatten()),
        postcode: postcode.clone(),
        city: city.clone(),
        country: country.clone().unwrap_or_default(),
    };
    let contact = (s.contact.is_some() || s.phone.is_some() || s.email.is_some()).then(|| {
        Contact { name: s.contact.clone(), phone: s.phone.clone(), email: s.email.clone() }
    });
    let seller = Party {
        name: s.name.clone().unwrap_or_default(),
        registration_id: s.registration_id.clone(),
        vat_id: s.vat_id.clone().filter(|_| !outside),
        contact,
        address: address(&s.address, &s.street, &s.postcode, &s.city, &s.country),
        endpoint: s.email.clone().map(|e| ("EM".to_string(), e)),
        peppol: peppol(&s.peppol_id),
    };
    let b = &doc.bill_to;
    let buyer = Party {
        name: b.name.clone(),
        registration_id: None,
        vat_id: b.vat_id.clone().filter(|_| !outside),
        contact: None,
        address: address(&b.address, &b.street, &b.postcode, &b.city, &b.country),
        endpoint: b.email.clone().map(|e| ("EM".to_string(), e)),
        peppol: peppol(&b.peppol_id),
    };
    let lines = doc
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            // Quantity times price is the line's amount (turned positive on a credit
            // note): hours at their rate, or one item at the amount.
            let (quantity, price) = match line.rate {
                Some(rate) => {
                    (line.hours.map_or(Decimal::ONE, |h| h.hours_decimal()) * sign, rate.0)
                }
                None => (Decimal::ONE, line.amount.0 * sign),
            };
            // A price is never negative: a negative line is a negative quantity.
            let (quantity, price) =
                if price.is_sign_negative() { (-quantity, -price) } else { (quantity, price) };
            // Two decimals when they are exact, else four, so that quantity times
            // price is the line's amount to the cent (1:20 h is 1.3333).
            let quantity = if (quantity * Decimal::ONE_HUNDRED).fract().is_zero() {
                quantity.round_dp(2)
            } else {
                quantity.round_dp(4)
            };
            Line {
                id: i + 1,
                name: line.description.clone(),
                quantity,
                unit_code: line.unit_code(),
                price: cents(price),
                amount: cents(line.amount.0 * sign),
            }
        })
        .collect();
    let t = &doc.totals;
    let basis = cents((t.subtotal.0 - t.discount.0) * sign);
    let allowance = (!t.discount.0.is_zero()).then(|| Allowance {
        percent: doc.discount_percent.map(|p| p.normalize()),
        basis: cents(t.subtotal.0 * sign),
        amount: cents(t.discount.0 * sign),
    });
    EInvoice {
        number: doc.number.clone().unwrap_or_else(|| "DRAFT".to_string()),
        type_code: if credit { 381 } else { 380 },
        issue_date: doc.date,
        due_date: doc.due,
        currency: doc.currency.clone(),
        buyer_reference: doc.buyer_reference.clone(),
        notes: [doc.credit_line(), s.footer.clone()].into_iter().flatten().collect(),
        seller,
        buyer,
        delivery: doc.period.map_or(doc.date, |p| p.1),
        // An intra-community supply names where it went (BR-IC-12).
        deliver_to: (category == "K").then(|| b.country.clone().unwrap_or_default()),
        period: doc.period,
        payment: s.iban.clone().map(|iban| Account { iban, bic: s.bic.clone() }),
        payment_reference: doc.number.clone(),
        terms: s.payment_terms.clone().filter(|_| !credit),
        lines,
        allowance,
        tax: Tax {
            exemption: doc.tax_exemption.clone().filter(|_| exempt(&category)),
            category,
            rate,
            basis,
            amount: cents(t.tax.0 * sign),
        },
        totals: Totals {
            line_total: cents(t.subtotal.0 * sign),
            allowance_total: cents(t.discount.0 * sign),
            tax_basis: basis,
            tax_total: cents(t.tax.0 * sign),
            grand_total: cents(t.total.0 * sign),
            due_payable: cents(t.total.0 * sign),
        },
        preceding: doc.credits.clone(),
    }
}
