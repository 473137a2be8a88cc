//! An invoice as UN/CEFACT Cross Industry Invoice XML in the EN 16931 profile (the XML
//! of Factur-X and ZUGFeRD). Every amount is the HTML invoice's: the line amounts, the
//! discount as a document-level allowance, the tax and the totals. What the profile
//! needs beyond those (countries, a VAT category) is checked by [`missing`] first.

use std::fmt::Write;

use rust_decimal::Decimal;

use super::html::escape;
use crate::domain::invoice::InvoiceDoc;
use crate::domain::money::Money;

/// The VAT category of an invoice: its own, else `S` (standard rate) when it is taxed.
pub fn category(doc: &InvoiceDoc) -> Option<String> {
    doc.tax_category
        .clone()
        .or_else(|| doc.tax_percent.filter(|p| !p.is_zero()).map(|_| "S".to_string()))
}

/// What the EN 16931 profile needs that this invoice lacks, as the settings to add
/// (the business rules a setting can satisfy: BR-S/E/AE/O-02, BR-CO-26, BR-*-10).
pub fn missing(doc: &InvoiceDoc) -> Vec<String> {
    let mut out = Vec::new();
    let seller = &doc.seller;
    if seller.name.as_deref().is_none_or(str::is_empty) {
        out.push("[company] name".to_string());
    }
    if seller.country.is_none() {
        out.push("[company] country (like DE)".to_string());
    }
    let buyer = &doc.bill_to.id;
    if doc.bill_to.country.is_none() {
        out.push(format!("the country of {buyer} (client set {buyer} --country FR)"));
    }
    let category = category(doc);
    match category.as_deref() {
        None => out.push(
            "a VAT category for an invoice without tax ([invoice] tax_category = \"E\", \"Z\", \"O\", ...)"
                .to_string(),
        ),
        Some(c) if exempt(c) && doc.tax_exemption.is_none() => {
            out.push("the reason of the exemption ([invoice] tax_exemption = \"...\")".to_string())
        }
        _ => {}
    }
    match category.as_deref() {
        // Outside the scope of VAT no VAT id is printed: the registration names the
        // seller.
        Some("O") if seller.registration_id.is_none() => {
            out.push("[company] registration_id (like \"HRB 12345\"), which names the seller of an invoice outside the scope of VAT".to_string());
        }
        Some("O") => {}
        Some(c) => {
            if seller.vat_id.is_none() {
                out.push(format!("[company] vat_id (VAT category {c})"));
            }
            if matches!(c, "AE" | "K") && doc.bill_to.vat_id.is_none() {
                out.push(format!("the VAT id of {buyer} (client set {buyer} --vat-id ...)"));
            }
        }
        None => {}
    }
    out
}

/// Categories whose invoice states why no VAT is charged (BR-E/AE/IC/G/O-10).
fn exempt(category: &str) -> bool {
    matches!(category, "E" | "AE" | "K" | "G" | "O")
}

fn amount(m: Decimal) -> String {
    Money::cents(m).to_string()
}

fn date(d: chrono::NaiveDate) -> String {
    format!("<udt:DateTimeString format=\"102\">{}</udt:DateTimeString>", d.format("%Y%m%d"))
}

/// The invoice as CII XML. A negative total is a credit note (type 381, naming the
/// invoice it credits) with its amounts turned positive. Outside the scope of VAT
/// (category O) no rate and no VAT id is written (BR-O-02, BR-O-05).
pub fn invoice(doc: &InvoiceDoc) -> String {
    let credit = doc.totals.total.0.is_sign_negative();
    let sign = if credit { Decimal::NEGATIVE_ONE } else { Decimal::ONE };
    let category = category(doc).unwrap_or_else(|| "S".into());
    let outside = category == "O";
    let rate = doc.tax_percent.unwrap_or(Decimal::ZERO).normalize();
    let tax = |out: &mut String, indent: &str| {
        let _ = writeln!(out, "{indent}<ram:TypeCode>VAT</ram:TypeCode>");
        let _ = writeln!(out, "{indent}<ram:CategoryCode>{}</ram:CategoryCode>", escape(&category));
        if !outside {
            let _ = writeln!(
                out,
                "{indent}<ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent>"
            );
        }
    };
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" xmlns:qdt=\"urn:un:unece:uncefact:data:standard:QualifiedDataType:100\" xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\" xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">\n");
    out.push_str("  <rsm:ExchangedDocumentContext>\n    <ram:GuidelineSpecifiedDocumentContextParameter>\n      <ram:ID>urn:cen.eu:en16931:2017</ram:ID>\n    </ram:GuidelineSpecifiedDocumentContextParameter>\n  </rsm:ExchangedDocumentContext>\n");
    let number = doc.number.as_deref().unwrap_or("DRAFT");
    let _ = writeln!(
        out,
        "  <rsm:ExchangedDocument>\n    <ram:ID>{}</ram:ID>\n    <ram:TypeCode>{}</ram:TypeCode>\n    <ram:IssueDateTime>{}</ram:IssueDateTime>",
        escape(number),
        if credit { 381 } else { 380 },
        date(doc.date)
    );
    for note in [doc.credit_line().as_ref(), doc.seller.footer.as_ref()].into_iter().flatten() {
        let _ = writeln!(
            out,
            "    <ram:IncludedNote>\n      <ram:Content>{}</ram:Content>\n    </ram:IncludedNote>",
            escape(note)
        );
    }
    out.push_str("  </rsm:ExchangedDocument>\n  <rsm:SupplyChainTradeTransaction>\n");
    for (i, line) in doc.lines.iter().enumerate() {
        // Hours count as HUR, a retainer month as MON, a block or an item as C62.
        let unit_code = line.unit_code();
        let quantity = line.hours.map_or(Decimal::ONE, |h| h.hours_decimal()) * sign;
        let price = line.rate.map_or(line.amount.0 * sign, |r| r.0);
        let (quantity, price) =
            if price.is_sign_negative() { (-quantity, -price) } else { (quantity, price) };
        let _ = writeln!(
            out,
            "    <ram:IncludedSupplyChainTradeLineItem>\n      <ram:AssociatedDocumentLineDocument>\n        <ram:LineID>{}</ram:LineID>\n      </ram:AssociatedDocumentLineDocument>\n      <ram:SpecifiedTradeProduct>\n        <ram:Name>{}</ram:Name>\n      </ram:SpecifiedTradeProduct>\n      <ram:SpecifiedLineTradeAgreement>\n        <ram:NetPriceProductTradePrice>\n          <ram:ChargeAmount>{}</ram:ChargeAmount>\n        </ram:NetPriceProductTradePrice>\n      </ram:SpecifiedLineTradeAgreement>\n      <ram:SpecifiedLineTradeDelivery>\n        <ram:BilledQuantity unitCode=\"{}\">{}</ram:BilledQuantity>\n      </ram:SpecifiedLineTradeDelivery>\n      <ram:SpecifiedLineTradeSettlement>\n        <ram:ApplicableTradeTax>",
            i + 1,
            escape(&line.description),
            amount(price),
            unit_code,
            quantity.round_dp(2)
        );
        tax(&mut out, "          ");
        let _ = writeln!(
            out,
            "        </ram:ApplicableTradeTax>\n        <ram:SpecifiedTradeSettlementLineMonetarySummation>\n          <ram:LineTotalAmount>{}</ram:LineTotalAmount>\n        </ram:SpecifiedTradeSettlementLineMonetarySummation>\n      </ram:SpecifiedLineTradeSettlement>\n    </ram:IncludedSupplyChainTradeLineItem>",
            amount(line.amount.0 * sign)
        );
    }
    out.push_str("    <ram:ApplicableHeaderTradeAgreement>\n");
    if let Some(reference) = &doc.buyer_reference {
        let _ =
            writeln!(out, "      <ram:BuyerReference>{}</ram:BuyerReference>", escape(reference));
    }
    let s = &doc.seller;
    let seller = TradeParty {
        name: s.name.as_deref().unwrap_or_default(),
        registration_id: s.registration_id.as_deref(),
        contact: (s.contact.as_deref(), s.phone.as_deref(), s.email.as_deref()),
        address: Address {
            text: s.address.as_deref(),
            street: s.street.as_deref(),
            postcode: s.postcode.as_deref(),
            city: s.city.as_deref(),
            country: s.country.as_deref(),
        },
        email: s.email.as_deref(),
        vat_id: s.vat_id.as_deref().filter(|_| !outside),
    };
    seller.write(&mut out, "SellerTradeParty");
    let b = &doc.bill_to;
    let buyer = TradeParty {
        name: &b.name,
        registration_id: None,
        contact: (None, None, None),
        address: Address {
            text: b.address.as_deref(),
            street: b.street.as_deref(),
            postcode: b.postcode.as_deref(),
            city: b.city.as_deref(),
            country: b.country.as_deref(),
        },
        email: None,
        vat_id: b.vat_id.as_deref().filter(|_| !outside),
    };
    buyer.write(&mut out, "BuyerTradeParty");
    // The delivery: the last day of the period billed, else the invoice's date (a lot
    // invoice is dated its purchase).
    let delivered = doc.period.map_or(doc.date, |p| p.1);
    let _ = writeln!(
        out,
        "    </ram:ApplicableHeaderTradeAgreement>\n    <ram:ApplicableHeaderTradeDelivery>\n      <ram:ActualDeliverySupplyChainEvent>\n        <ram:OccurrenceDateTime>{}</ram:OccurrenceDateTime>\n      </ram:ActualDeliverySupplyChainEvent>\n    </ram:ApplicableHeaderTradeDelivery>\n    <ram:ApplicableHeaderTradeSettlement>",
        date(delivered)
    );
    if doc.number.is_some() {
        let _ =
            writeln!(out, "      <ram:PaymentReference>{}</ram:PaymentReference>", escape(number));
    }
    let _ = writeln!(
        out,
        "      <ram:InvoiceCurrencyCode>{}</ram:InvoiceCurrencyCode>",
        escape(&doc.currency)
    );
    // Payment by credit transfer to the seller's account (BG-16, code 58: SEPA).
    if let Some(iban) = &s.iban {
        let _ = writeln!(
            out,
            "      <ram:SpecifiedTradeSettlementPaymentMeans>\n        <ram:TypeCode>58</ram:TypeCode>\n        <ram:PayeePartyCreditorFinancialAccount>\n          <ram:IBANID>{}</ram:IBANID>\n        </ram:PayeePartyCreditorFinancialAccount>",
            escape(iban)
        );
        if let Some(bic) = &s.bic {
            let _ = writeln!(
                out,
                "        <ram:PayeeSpecifiedCreditorFinancialInstitution>\n          <ram:BICID>{}</ram:BICID>\n        </ram:PayeeSpecifiedCreditorFinancialInstitution>",
                escape(bic)
            );
        }
        out.push_str("      </ram:SpecifiedTradeSettlementPaymentMeans>\n");
    }
    let t = &doc.totals;
    let basis = (t.subtotal.0 - t.discount.0) * sign;
    let _ = writeln!(
        out,
        "      <ram:ApplicableTradeTax>\n        <ram:CalculatedAmount>{}</ram:CalculatedAmount>\n        <ram:TypeCode>VAT</ram:TypeCode>",
        amount(t.tax.0 * sign)
    );
    if let Some(reason) = doc.tax_exemption.as_ref().filter(|_| exempt(&category)) {
        let _ =
            writeln!(out, "        <ram:ExemptionReason>{}</ram:ExemptionReason>", escape(reason));
    }
    let _ = writeln!(
        out,
        "        <ram:BasisAmount>{}</ram:BasisAmount>\n        <ram:CategoryCode>{}</ram:CategoryCode>",
        amount(basis),
        escape(&category)
    );
    if !outside {
        let _ =
            writeln!(out, "        <ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent>");
    }
    out.push_str("      </ram:ApplicableTradeTax>\n");
    if let Some((from, to)) = doc.period {
        let _ = writeln!(
            out,
            "      <ram:BillingSpecifiedPeriod>\n        <ram:StartDateTime>{}</ram:StartDateTime>\n        <ram:EndDateTime>{}</ram:EndDateTime>\n      </ram:BillingSpecifiedPeriod>",
            date(from),
            date(to)
        );
    }
    if !t.discount.0.is_zero() {
        let _ = writeln!(
            out,
            "      <ram:SpecifiedTradeAllowanceCharge>\n        <ram:ChargeIndicator>\n          <udt:Indicator>false</udt:Indicator>\n        </ram:ChargeIndicator>"
        );
        if let Some(p) = doc.discount_percent {
            let _ = writeln!(
                out,
                "        <ram:CalculationPercent>{}</ram:CalculationPercent>\n        <ram:BasisAmount>{}</ram:BasisAmount>",
                p.normalize(),
                amount(t.subtotal.0 * sign)
            );
        }
        let _ = writeln!(
            out,
            "        <ram:ActualAmount>{}</ram:ActualAmount>\n        <ram:Reason>Discount</ram:Reason>\n        <ram:CategoryTradeTax>",
            amount(t.discount.0 * sign)
        );
        tax(&mut out, "          ");
        out.push_str(
            "        </ram:CategoryTradeTax>\n      </ram:SpecifiedTradeAllowanceCharge>\n",
        );
    }
    out.push_str("      <ram:SpecifiedTradePaymentTerms>\n");
    if let Some(terms) = s.payment_terms.as_ref().filter(|_| !credit) {
        let _ = writeln!(out, "        <ram:Description>{}</ram:Description>", escape(terms));
    }
    let _ = writeln!(
        out,
        "        <ram:DueDateDateTime>{}</ram:DueDateDateTime>\n      </ram:SpecifiedTradePaymentTerms>",
        date(doc.due)
    );
    let _ = writeln!(
        out,
        "      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n        <ram:LineTotalAmount>{}</ram:LineTotalAmount>\n        <ram:ChargeTotalAmount>0.00</ram:ChargeTotalAmount>\n        <ram:AllowanceTotalAmount>{}</ram:AllowanceTotalAmount>\n        <ram:TaxBasisTotalAmount>{}</ram:TaxBasisTotalAmount>\n        <ram:TaxTotalAmount currencyID=\"{}\">{}</ram:TaxTotalAmount>\n        <ram:GrandTotalAmount>{}</ram:GrandTotalAmount>\n        <ram:DuePayableAmount>{}</ram:DuePayableAmount>\n      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
        amount(t.subtotal.0 * sign),
        amount(t.discount.0 * sign),
        amount(basis),
        escape(&doc.currency),
        amount(t.tax.0 * sign),
        amount(t.total.0 * sign),
        amount(t.total.0 * sign)
    );
    // A credit note names the invoice it credits (BT-25).
    if let Some(original) = &doc.credits {
        let _ = writeln!(
            out,
            "      <ram:InvoiceReferencedDocument>\n        <ram:IssuerAssignedID>{}</ram:IssuerAssignedID>\n      </ram:InvoiceReferencedDocument>",
            escape(original)
        );
    }
    out.push_str("    </ram:ApplicableHeaderTradeSettlement>\n  </rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n");
    out
}

/// A postal address: in parts when it has them (street, postcode, city), else its
/// printed text as the first line.
struct Address<'a> {
    text: Option<&'a str>,
    street: Option<&'a str>,
    postcode: Option<&'a str>,
    city: Option<&'a str>,
    country: Option<&'a str>,
}

/// A party as CII writes it, in the schema's order.
struct TradeParty<'a> {
    name: &'a str,
    /// BT-30.
    registration_id: Option<&'a str>,
    /// The contact's name, phone and e-mail (BG-6).
    contact: (Option<&'a str>, Option<&'a str>, Option<&'a str>),
    address: Address<'a>,
    /// The electronic address (BT-34), as an e-mail.
    email: Option<&'a str>,
    vat_id: Option<&'a str>,
}

impl TradeParty<'_> {
    fn write(&self, out: &mut String, element: &str) {
        let _ = writeln!(
            out,
            "      <ram:{element}>\n        <ram:Name>{}</ram:Name>",
            escape(self.name)
        );
        if let Some(id) = self.registration_id {
            let _ = writeln!(
                out,
                "        <ram:SpecifiedLegalOrganization>\n          <ram:ID>{}</ram:ID>\n        </ram:SpecifiedLegalOrganization>",
                escape(id)
            );
        }
        let (person, phone, email) = self.contact;
        if person.is_some() || phone.is_some() || email.is_some() {
            out.push_str("        <ram:DefinedTradeContact>\n");
            if let Some(p) = person {
                let _ = writeln!(out, "          <ram:PersonName>{}</ram:PersonName>", escape(p));
            }
            if let Some(p) = phone {
                let _ = writeln!(
                    out,
                    "          <ram:TelephoneUniversalCommunication>\n            <ram:CompleteNumber>{}</ram:CompleteNumber>\n          </ram:TelephoneUniversalCommunication>",
                    escape(p)
                );
            }
            if let Some(e) = email {
                let _ = writeln!(
                    out,
                    "          <ram:EmailURIUniversalCommunication>\n            <ram:URIID>{}</ram:URIID>\n          </ram:EmailURIUniversalCommunication>",
                    escape(e)
                );
            }
            out.push_str("        </ram:DefinedTradeContact>\n");
        }
        out.push_str("        <ram:PostalTradeAddress>\n");
        let a = &self.address;
        if let Some(p) = a.postcode {
            let _ = writeln!(out, "          <ram:PostcodeCode>{}</ram:PostcodeCode>", escape(p));
        }
        if let Some(line) = a.street.or(if a.city.is_none() { a.text } else { None }) {
            let _ = writeln!(out, "          <ram:LineOne>{}</ram:LineOne>", escape(line));
        }
        if let Some(c) = a.city {
            let _ = writeln!(out, "          <ram:CityName>{}</ram:CityName>", escape(c));
        }
        let _ = writeln!(
            out,
            "          <ram:CountryID>{}</ram:CountryID>\n        </ram:PostalTradeAddress>",
            escape(a.country.unwrap_or_default())
        );
        if let Some(e) = self.email {
            let _ = writeln!(
                out,
                "        <ram:URIUniversalCommunication>\n          <ram:URIID schemeID=\"EM\">{}</ram:URIID>\n        </ram:URIUniversalCommunication>",
                escape(e)
            );
        }
        if let Some(v) = self.vat_id {
            let _ = writeln!(
                out,
                "        <ram:SpecifiedTaxRegistration>\n          <ram:ID schemeID=\"VA\">{}</ram:ID>\n        </ram:SpecifiedTaxRegistration>",
                escape(v)
            );
        }
        let _ = writeln!(out, "      </ram:{element}>");
    }
}
