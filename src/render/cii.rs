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

/// What the EN 16931 profile needs that this invoice lacks, as the settings to add.
pub fn missing(doc: &InvoiceDoc) -> Vec<String> {
    let mut out = Vec::new();
    if doc.seller.name.as_deref().is_none_or(str::is_empty) {
        out.push("[company] name".to_string());
    }
    if doc.seller.country.is_none() {
        out.push("[company] country (like DE)".to_string());
    }
    if doc.bill_to.country.is_none() {
        out.push(format!(
            "the country of {} (client set {} --country FR)",
            doc.bill_to.id, doc.bill_to.id
        ));
    }
    match category(doc).as_deref() {
        None => out.push(
            "a VAT category for an invoice without tax ([invoice] tax_category = \"E\", \"Z\", \"O\", ...)"
                .to_string(),
        ),
        Some("E" | "AE" | "K" | "G" | "O") if doc.tax_exemption.is_none() => {
            out.push("the reason of the exemption ([invoice] tax_exemption = \"...\")".to_string())
        }
        _ => {}
    }
    out
}

fn amount(m: Decimal) -> String {
    Money::cents(m).to_string()
}

fn date(d: chrono::NaiveDate) -> String {
    format!("<udt:DateTimeString format=\"102\">{}</udt:DateTimeString>", d.format("%Y%m%d"))
}

/// The invoice as CII XML. A negative total is a credit note (type 381) with its
/// amounts turned positive.
pub fn invoice(doc: &InvoiceDoc) -> String {
    let credit = doc.totals.total.0.is_sign_negative();
    let sign = if credit { Decimal::NEGATIVE_ONE } else { Decimal::ONE };
    let category = category(doc).unwrap_or_else(|| "S".into());
    let rate = doc.tax_percent.unwrap_or(Decimal::ZERO).normalize();
    let tax = |out: &mut String, indent: &str| {
        let _ = writeln!(out, "{indent}<ram:TypeCode>VAT</ram:TypeCode>");
        let _ = writeln!(out, "{indent}<ram:CategoryCode>{}</ram:CategoryCode>", escape(&category));
        let _ =
            writeln!(out, "{indent}<ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent>");
    };
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" xmlns:qdt=\"urn:un:unece:uncefact:data:standard:QualifiedDataType:100\" xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\" xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">\n");
    out.push_str("  <rsm:ExchangedDocumentContext>\n    <ram:GuidelineSpecifiedDocumentContextParameter>\n      <ram:ID>urn:cen.eu:en16931:2017</ram:ID>\n    </ram:GuidelineSpecifiedDocumentContextParameter>\n  </rsm:ExchangedDocumentContext>\n");
    let _ = writeln!(
        out,
        "  <rsm:ExchangedDocument>\n    <ram:ID>{}</ram:ID>\n    <ram:TypeCode>{}</ram:TypeCode>\n    <ram:IssueDateTime>{}</ram:IssueDateTime>",
        escape(doc.number.as_deref().unwrap_or("DRAFT")),
        if credit { 381 } else { 380 },
        date(doc.date)
    );
    if let Some(footer) = &doc.seller.footer {
        let _ = writeln!(
            out,
            "    <ram:IncludedNote>\n      <ram:Content>{}</ram:Content>\n    </ram:IncludedNote>",
            escape(footer)
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
    let s = &doc.seller;
    party(
        &mut out,
        "SellerTradeParty",
        s.name.as_deref().unwrap_or_default(),
        s.address.as_deref(),
        s.country.as_deref(),
        s.email.as_deref(),
        s.vat_id.as_deref(),
    );
    let b = &doc.bill_to;
    party(
        &mut out,
        "BuyerTradeParty",
        &b.name,
        b.address.as_deref(),
        b.country.as_deref(),
        None,
        b.vat_id.as_deref(),
    );
    out.push_str("    </ram:ApplicableHeaderTradeAgreement>\n    <ram:ApplicableHeaderTradeDelivery/>\n    <ram:ApplicableHeaderTradeSettlement>\n");
    let _ = writeln!(
        out,
        "      <ram:InvoiceCurrencyCode>{}</ram:InvoiceCurrencyCode>",
        escape(&doc.currency)
    );
    let t = &doc.totals;
    let basis = (t.subtotal.0 - t.discount.0) * sign;
    let _ = writeln!(
        out,
        "      <ram:ApplicableTradeTax>\n        <ram:CalculatedAmount>{}</ram:CalculatedAmount>\n        <ram:TypeCode>VAT</ram:TypeCode>",
        amount(t.tax.0 * sign)
    );
    if let Some(reason) = &doc.tax_exemption {
        let _ =
            writeln!(out, "        <ram:ExemptionReason>{}</ram:ExemptionReason>", escape(reason));
    }
    let _ = writeln!(
        out,
        "        <ram:BasisAmount>{}</ram:BasisAmount>\n        <ram:CategoryCode>{}</ram:CategoryCode>\n        <ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent>\n      </ram:ApplicableTradeTax>",
        amount(basis),
        escape(&category)
    );
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

fn party(
    out: &mut String,
    element: &str,
    name: &str,
    address: Option<&str>,
    country: Option<&str>,
    email: Option<&str>,
    vat_id: Option<&str>,
) {
    let _ = writeln!(
        out,
        "      <ram:{element}>\n        <ram:Name>{}</ram:Name>\n        <ram:PostalTradeAddress>",
        escape(name)
    );
    if let Some(a) = address {
        let _ = writeln!(out, "          <ram:LineOne>{}</ram:LineOne>", escape(a));
    }
    let _ = writeln!(
        out,
        "          <ram:CountryID>{}</ram:CountryID>\n        </ram:PostalTradeAddress>",
        escape(country.unwrap_or_default())
    );
    if let Some(e) = email {
        let _ = writeln!(
            out,
            "        <ram:URIUniversalCommunication>\n          <ram:URIID schemeID=\"EM\">{}</ram:URIID>\n        </ram:URIUniversalCommunication>",
            escape(e)
        );
    }
    if let Some(v) = vat_id {
        let _ = writeln!(
            out,
            "        <ram:SpecifiedTaxRegistration>\n          <ram:ID schemeID=\"VA\">{}</ram:ID>\n        </ram:SpecifiedTaxRegistration>",
            escape(v)
        );
    }
    let _ = writeln!(out, "      </ram:{element}>");
}
