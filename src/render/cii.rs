//! An e-invoice as UN/CEFACT Cross Industry Invoice XML in the EN 16931 profile (the
//! XML of Factur-X and ZUGFeRD), or under the XRechnung rules: the typed document of
//! [`crate::domain::einvoice`] written in the schema's order. What the rules need
//! beyond the invoice is checked by [`crate::domain::einvoice::missing`] first.

use std::fmt::Write;

use rust_decimal::Decimal;

use super::html::escape;
use crate::domain::einvoice::{self, Address, EInvoice, Flavour, Party};
use crate::domain::money::Money;

fn amount(m: Decimal) -> String {
    Money::cents(m).to_string()
}

fn date(d: chrono::NaiveDate) -> String {
    format!("<udt:DateTimeString format=\"102\">{}</udt:DateTimeString>", d.format("%Y%m%d"))
}

/// The invoice as CII XML of `flavour` (CII or XRechnung).
pub fn invoice(doc: &crate::domain::invoice::InvoiceDoc, flavour: Flavour) -> String {
    write(&einvoice::of(doc), flavour)
}

fn write(e: &EInvoice, flavour: Flavour) -> String {
    let tax = |out: &mut String, indent: &str| {
        let _ = writeln!(out, "{indent}<ram:TypeCode>VAT</ram:TypeCode>");
        let _ = writeln!(
            out,
            "{indent}<ram:CategoryCode>{}</ram:CategoryCode>",
            escape(&e.tax.category)
        );
        if let Some(rate) = e.tax.rate {
            let _ = writeln!(
                out,
                "{indent}<ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent>"
            );
        }
    };
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" xmlns:qdt=\"urn:un:unece:uncefact:data:standard:QualifiedDataType:100\" xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\" xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">\n");
    out.push_str("  <rsm:ExchangedDocumentContext>\n");
    // XRechnung adopts Peppol's business process (BT-23, PEPPOL-EN16931-R001).
    if flavour == Flavour::XRechnung {
        out.push_str("    <ram:BusinessProcessSpecifiedDocumentContextParameter>\n      <ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID>\n    </ram:BusinessProcessSpecifiedDocumentContextParameter>\n");
    }
    let _ = writeln!(
        out,
        "    <ram:GuidelineSpecifiedDocumentContextParameter>\n      <ram:ID>{}</ram:ID>\n    </ram:GuidelineSpecifiedDocumentContextParameter>\n  </rsm:ExchangedDocumentContext>",
        flavour.guideline()
    );
    let _ = writeln!(
        out,
        "  <rsm:ExchangedDocument>\n    <ram:ID>{}</ram:ID>\n    <ram:TypeCode>{}</ram:TypeCode>\n    <ram:IssueDateTime>{}</ram:IssueDateTime>",
        escape(&e.number),
        e.type_code,
        date(e.issue_date)
    );
    for note in &e.notes {
        let _ = writeln!(
            out,
            "    <ram:IncludedNote>\n      <ram:Content>{}</ram:Content>\n    </ram:IncludedNote>",
            escape(note)
        );
    }
    out.push_str("  </rsm:ExchangedDocument>\n  <rsm:SupplyChainTradeTransaction>\n");
    for line in &e.lines {
        let _ = writeln!(
            out,
            "    <ram:IncludedSupplyChainTradeLineItem>\n      <ram:AssociatedDocumentLineDocument>\n        <ram:LineID>{}</ram:LineID>\n      </ram:AssociatedDocumentLineDocument>\n      <ram:SpecifiedTradeProduct>\n        <ram:Name>{}</ram:Name>\n      </ram:SpecifiedTradeProduct>\n      <ram:SpecifiedLineTradeAgreement>\n        <ram:NetPriceProductTradePrice>\n          <ram:ChargeAmount>{}</ram:ChargeAmount>\n        </ram:NetPriceProductTradePrice>\n      </ram:SpecifiedLineTradeAgreement>\n      <ram:SpecifiedLineTradeDelivery>\n        <ram:BilledQuantity unitCode=\"{}\">{}</ram:BilledQuantity>\n      </ram:SpecifiedLineTradeDelivery>\n      <ram:SpecifiedLineTradeSettlement>\n        <ram:ApplicableTradeTax>",
            line.id,
            escape(&line.name),
            amount(line.price),
            line.unit_code,
            line.quantity
        );
        tax(&mut out, "          ");
        let _ = writeln!(
            out,
            "        </ram:ApplicableTradeTax>\n        <ram:SpecifiedTradeSettlementLineMonetarySummation>\n          <ram:LineTotalAmount>{}</ram:LineTotalAmount>\n        </ram:SpecifiedTradeSettlementLineMonetarySummation>\n      </ram:SpecifiedLineTradeSettlement>\n    </ram:IncludedSupplyChainTradeLineItem>",
            amount(line.amount)
        );
    }
    out.push_str("    <ram:ApplicableHeaderTradeAgreement>\n");
    if let Some(reference) = &e.buyer_reference {
        let _ =
            writeln!(out, "      <ram:BuyerReference>{}</ram:BuyerReference>", escape(reference));
    }
    party(&mut out, "SellerTradeParty", &e.seller);
    party(&mut out, "BuyerTradeParty", &e.buyer);
    let _ = writeln!(
        out,
        "    </ram:ApplicableHeaderTradeAgreement>\n    <ram:ApplicableHeaderTradeDelivery>{}\n      <ram:ActualDeliverySupplyChainEvent>\n        <ram:OccurrenceDateTime>{}</ram:OccurrenceDateTime>\n      </ram:ActualDeliverySupplyChainEvent>\n    </ram:ApplicableHeaderTradeDelivery>\n    <ram:ApplicableHeaderTradeSettlement>",
        e.deliver_to.as_ref().map_or(String::new(), |country| format!(
            "\n      <ram:ShipToTradeParty>\n        <ram:PostalTradeAddress>\n          <ram:CountryID>{}</ram:CountryID>\n        </ram:PostalTradeAddress>\n      </ram:ShipToTradeParty>",
            escape(country)
        )),
        date(e.delivery)
    );
    if let Some(reference) = &e.payment_reference {
        let _ = writeln!(
            out,
            "      <ram:PaymentReference>{}</ram:PaymentReference>",
            escape(reference)
        );
    }
    let _ = writeln!(
        out,
        "      <ram:InvoiceCurrencyCode>{}</ram:InvoiceCurrencyCode>",
        escape(&e.currency)
    );
    // Payment by credit transfer to the seller's account (BG-16, code 58: SEPA).
    if let Some(account) = &e.payment {
        let _ = writeln!(
            out,
            "      <ram:SpecifiedTradeSettlementPaymentMeans>\n        <ram:TypeCode>58</ram:TypeCode>\n        <ram:PayeePartyCreditorFinancialAccount>\n          <ram:IBANID>{}</ram:IBANID>\n        </ram:PayeePartyCreditorFinancialAccount>",
            escape(&account.iban)
        );
        if let Some(bic) = &account.bic {
            let _ = writeln!(
                out,
                "        <ram:PayeeSpecifiedCreditorFinancialInstitution>\n          <ram:BICID>{}</ram:BICID>\n        </ram:PayeeSpecifiedCreditorFinancialInstitution>",
                escape(bic)
            );
        }
        out.push_str("      </ram:SpecifiedTradeSettlementPaymentMeans>\n");
    }
    let _ = writeln!(
        out,
        "      <ram:ApplicableTradeTax>\n        <ram:CalculatedAmount>{}</ram:CalculatedAmount>\n        <ram:TypeCode>VAT</ram:TypeCode>",
        amount(e.tax.amount)
    );
    if let Some(reason) = &e.tax.exemption {
        let _ =
            writeln!(out, "        <ram:ExemptionReason>{}</ram:ExemptionReason>", escape(reason));
    }
    let _ = writeln!(
        out,
        "        <ram:BasisAmount>{}</ram:BasisAmount>\n        <ram:CategoryCode>{}</ram:CategoryCode>",
        amount(e.tax.basis),
        escape(&e.tax.category)
    );
    // XRechnung wants the breakdown's rate also outside the scope of VAT: 0 (BR-DE-14).
    let breakdown_rate = match (e.tax.rate, flavour) {
        (None, Flavour::XRechnung) => Some(Decimal::ZERO),
        (rate, _) => rate,
    };
    if let Some(rate) = breakdown_rate {
        let _ =
            writeln!(out, "        <ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent>");
    }
    out.push_str("      </ram:ApplicableTradeTax>\n");
    if let Some((from, to)) = e.period {
        let _ = writeln!(
            out,
            "      <ram:BillingSpecifiedPeriod>\n        <ram:StartDateTime>{}</ram:StartDateTime>\n        <ram:EndDateTime>{}</ram:EndDateTime>\n      </ram:BillingSpecifiedPeriod>",
            date(from),
            date(to)
        );
    }
    if let Some(a) = &e.allowance {
        out.push_str("      <ram:SpecifiedTradeAllowanceCharge>\n        <ram:ChargeIndicator>\n          <udt:Indicator>false</udt:Indicator>\n        </ram:ChargeIndicator>\n");
        if let Some(p) = a.percent {
            let _ = writeln!(
                out,
                "        <ram:CalculationPercent>{p}</ram:CalculationPercent>\n        <ram:BasisAmount>{}</ram:BasisAmount>",
                amount(a.basis)
            );
        }
        let _ = writeln!(
            out,
            "        <ram:ActualAmount>{}</ram:ActualAmount>\n        <ram:Reason>Discount</ram:Reason>\n        <ram:CategoryTradeTax>",
            amount(a.amount)
        );
        tax(&mut out, "          ");
        out.push_str(
            "        </ram:CategoryTradeTax>\n      </ram:SpecifiedTradeAllowanceCharge>\n",
        );
    }
    out.push_str("      <ram:SpecifiedTradePaymentTerms>\n");
    if let Some(terms) = &e.terms {
        let _ = writeln!(out, "        <ram:Description>{}</ram:Description>", escape(terms));
    }
    let t = &e.totals;
    let _ = writeln!(
        out,
        "        <ram:DueDateDateTime>{}</ram:DueDateDateTime>\n      </ram:SpecifiedTradePaymentTerms>\n      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n        <ram:LineTotalAmount>{}</ram:LineTotalAmount>\n        <ram:ChargeTotalAmount>0.00</ram:ChargeTotalAmount>\n        <ram:AllowanceTotalAmount>{}</ram:AllowanceTotalAmount>\n        <ram:TaxBasisTotalAmount>{}</ram:TaxBasisTotalAmount>\n        <ram:TaxTotalAmount currencyID=\"{}\">{}</ram:TaxTotalAmount>\n        <ram:GrandTotalAmount>{}</ram:GrandTotalAmount>\n        <ram:DuePayableAmount>{}</ram:DuePayableAmount>\n      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
        date(e.due_date),
        amount(t.line_total),
        amount(t.allowance_total),
        amount(t.tax_basis),
        escape(&e.currency),
        amount(t.tax_total),
        amount(t.grand_total),
        amount(t.due_payable)
    );
    // A credit note names the invoice it credits (BT-25).
    if let Some(original) = &e.preceding {
        let _ = writeln!(
            out,
            "      <ram:InvoiceReferencedDocument>\n        <ram:IssuerAssignedID>{}</ram:IssuerAssignedID>\n      </ram:InvoiceReferencedDocument>",
            escape(original)
        );
    }
    out.push_str("    </ram:ApplicableHeaderTradeSettlement>\n  </rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n");
    out
}

/// A party in the schema's order: name, registration, contact, address, electronic
/// address, VAT id.
fn party(out: &mut String, element: &str, p: &Party) {
    let _ =
        writeln!(out, "      <ram:{element}>\n        <ram:Name>{}</ram:Name>", escape(&p.name));
    if let Some(id) = &p.registration_id {
        let _ = writeln!(
            out,
            "        <ram:SpecifiedLegalOrganization>\n          <ram:ID>{}</ram:ID>\n        </ram:SpecifiedLegalOrganization>",
            escape(id)
        );
    }
    if let Some(c) = &p.contact {
        out.push_str("        <ram:DefinedTradeContact>\n");
        if let Some(name) = &c.name {
            let _ = writeln!(out, "          <ram:PersonName>{}</ram:PersonName>", escape(name));
        }
        if let Some(phone) = &c.phone {
            let _ = writeln!(
                out,
                "          <ram:TelephoneUniversalCommunication>\n            <ram:CompleteNumber>{}</ram:CompleteNumber>\n          </ram:TelephoneUniversalCommunication>",
                escape(phone)
            );
        }
        if let Some(email) = &c.email {
            let _ = writeln!(
                out,
                "          <ram:EmailURIUniversalCommunication>\n            <ram:URIID>{}</ram:URIID>\n          </ram:EmailURIUniversalCommunication>",
                escape(email)
            );
        }
        out.push_str("        </ram:DefinedTradeContact>\n");
    }
    address(out, &p.address);
    if let Some((scheme, id)) = &p.endpoint {
        let _ = writeln!(
            out,
            "        <ram:URIUniversalCommunication>\n          <ram:URIID schemeID=\"{}\">{}</ram:URIID>\n        </ram:URIUniversalCommunication>",
            escape(scheme),
            escape(id)
        );
    }
    if let Some(v) = &p.vat_id {
        let _ = writeln!(
            out,
            "        <ram:SpecifiedTaxRegistration>\n          <ram:ID schemeID=\"VA\">{}</ram:ID>\n        </ram:SpecifiedTaxRegistration>",
            escape(v)
        );
    }
    let _ = writeln!(out, "      </ram:{element}>");
}

fn address(out: &mut String, a: &Address) {
    out.push_str("        <ram:PostalTradeAddress>\n");
    if let Some(p) = &a.postcode {
        let _ = writeln!(out, "          <ram:PostcodeCode>{}</ram:PostcodeCode>", escape(p));
    }
    if let Some(line) = &a.line {
        let _ = writeln!(out, "          <ram:LineOne>{}</ram:LineOne>", escape(line));
    }
    if let Some(c) = &a.city {
        let _ = writeln!(out, "          <ram:CityName>{}</ram:CityName>", escape(c));
    }
    let _ = writeln!(
        out,
        "          <ram:CountryID>{}</ram:CountryID>\n        </ram:PostalTradeAddress>",
        escape(&a.country)
    );
}
