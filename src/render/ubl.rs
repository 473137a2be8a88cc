//! An e-invoice as Peppol BIS Billing 3.0 UBL 2.1: an `Invoice`, or a `CreditNote` for
//! a credit note, written from the typed document of [`crate::domain::einvoice`] in
//! the schema's order. What Peppol needs beyond the invoice (both parties' Peppol ids,
//! a buyer reference) is checked by [`crate::domain::einvoice::missing`] first.

use std::fmt::Write;

use rust_decimal::Decimal;

use super::html::escape;
use crate::domain::einvoice::{self, EInvoice, Flavour, Party};
use crate::domain::money::Money;

const PROFILE: &str = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

/// The invoice as Peppol BIS 3.0 UBL.
pub fn invoice(doc: &crate::domain::invoice::InvoiceDoc) -> String {
    write(&einvoice::of(doc))
}

fn write(e: &EInvoice) -> String {
    let credit = e.type_code == 381;
    let (root, line_element, quantity_element) = if credit {
        ("CreditNote", "CreditNoteLine", "CreditedQuantity")
    } else {
        ("Invoice", "InvoiceLine", "InvoicedQuantity")
    };
    let currency = escape(&e.currency);
    let money = |m: Decimal| format!("currencyID=\"{currency}\">{}", Money::cents(m));
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{root} xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:{root}-2\" xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n  <cbc:CustomizationID>{}</cbc:CustomizationID>\n  <cbc:ProfileID>{PROFILE}</cbc:ProfileID>\n  <cbc:ID>{}</cbc:ID>\n  <cbc:IssueDate>{}</cbc:IssueDate>",
        Flavour::Ubl.guideline(),
        escape(&e.number),
        e.issue_date
    );
    if credit {
        let _ = writeln!(out, "  <cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>");
    } else {
        let _ = writeln!(
            out,
            "  <cbc:DueDate>{}</cbc:DueDate>\n  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>",
            e.due_date
        );
    }
    // Peppol allows one note on the document (PEPPOL-EN16931-R002).
    if !e.notes.is_empty() {
        let _ = writeln!(out, "  <cbc:Note>{}</cbc:Note>", escape(&e.notes.join(" — ")));
    }
    let _ = writeln!(out, "  <cbc:DocumentCurrencyCode>{currency}</cbc:DocumentCurrencyCode>");
    if let Some(reference) = &e.buyer_reference {
        let _ = writeln!(out, "  <cbc:BuyerReference>{}</cbc:BuyerReference>", escape(reference));
    }
    if let Some((from, to)) = e.period {
        let _ = writeln!(
            out,
            "  <cac:InvoicePeriod>\n    <cbc:StartDate>{from}</cbc:StartDate>\n    <cbc:EndDate>{to}</cbc:EndDate>\n  </cac:InvoicePeriod>"
        );
    }
    if let Some(original) = &e.preceding {
        let _ = writeln!(
            out,
            "  <cac:BillingReference>\n    <cac:InvoiceDocumentReference>\n      <cbc:ID>{}</cbc:ID>\n    </cac:InvoiceDocumentReference>\n  </cac:BillingReference>",
            escape(original)
        );
    }
    party(&mut out, "AccountingSupplierParty", &e.seller);
    party(&mut out, "AccountingCustomerParty", &e.buyer);
    let _ = writeln!(
        out,
        "  <cac:Delivery>\n    <cbc:ActualDeliveryDate>{}</cbc:ActualDeliveryDate>{}\n  </cac:Delivery>",
        e.delivery,
        e.deliver_to.as_ref().map_or(String::new(), |country| format!(
            "\n    <cac:DeliveryLocation>\n      <cac:Address>\n        <cac:Country>\n          <cbc:IdentificationCode>{}</cbc:IdentificationCode>\n        </cac:Country>\n      </cac:Address>\n    </cac:DeliveryLocation>",
            escape(country)
        ))
    );
    if let Some(account) = &e.payment {
        let _ = writeln!(
            out,
            "  <cac:PaymentMeans>\n    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>"
        );
        // A credit note's due date (BT-9) is the payment means' (UBL CreditNote).
        if credit {
            let _ = writeln!(out, "    <cbc:PaymentDueDate>{}</cbc:PaymentDueDate>", e.due_date);
        }
        if let Some(reference) = &e.payment_reference {
            let _ = writeln!(out, "    <cbc:PaymentID>{}</cbc:PaymentID>", escape(reference));
        }
        let _ = writeln!(
            out,
            "    <cac:PayeeFinancialAccount>\n      <cbc:ID>{}</cbc:ID>",
            escape(&account.iban)
        );
        if let Some(bic) = &account.bic {
            let _ = writeln!(
                out,
                "      <cac:FinancialInstitutionBranch>\n        <cbc:ID>{}</cbc:ID>\n      </cac:FinancialInstitutionBranch>",
                escape(bic)
            );
        }
        out.push_str("    </cac:PayeeFinancialAccount>\n  </cac:PaymentMeans>\n");
    }
    if let Some(terms) = &e.terms {
        let _ = writeln!(
            out,
            "  <cac:PaymentTerms>\n    <cbc:Note>{}</cbc:Note>\n  </cac:PaymentTerms>",
            escape(terms)
        );
    }
    let category = |out: &mut String, element: &str, indent: &str, exemption: bool| {
        let _ = writeln!(
            out,
            "{indent}<cac:{element}>\n{indent}  <cbc:ID>{}</cbc:ID>",
            escape(&e.tax.category)
        );
        if let Some(rate) = e.tax.rate {
            let _ = writeln!(out, "{indent}  <cbc:Percent>{rate}</cbc:Percent>");
        }
        if let Some(reason) = e.tax.exemption.as_ref().filter(|_| exemption) {
            let _ = writeln!(
                out,
                "{indent}  <cbc:TaxExemptionReason>{}</cbc:TaxExemptionReason>",
                escape(reason)
            );
        }
        let _ = writeln!(
            out,
            "{indent}  <cac:TaxScheme>\n{indent}    <cbc:ID>VAT</cbc:ID>\n{indent}  </cac:TaxScheme>\n{indent}</cac:{element}>"
        );
    };
    if let Some(a) = &e.allowance {
        out.push_str("  <cac:AllowanceCharge>\n    <cbc:ChargeIndicator>false</cbc:ChargeIndicator>\n    <cbc:AllowanceChargeReason>Discount</cbc:AllowanceChargeReason>\n");
        if let Some(p) = a.percent {
            let _ =
                writeln!(out, "    <cbc:MultiplierFactorNumeric>{p}</cbc:MultiplierFactorNumeric>");
        }
        let _ = writeln!(out, "    <cbc:Amount {}</cbc:Amount>", money(a.amount));
        if a.percent.is_some() {
            let _ = writeln!(out, "    <cbc:BaseAmount {}</cbc:BaseAmount>", money(a.basis));
        }
        category(&mut out, "TaxCategory", "    ", false);
        out.push_str("  </cac:AllowanceCharge>\n");
    }
    let _ = writeln!(
        out,
        "  <cac:TaxTotal>\n    <cbc:TaxAmount {}</cbc:TaxAmount>\n    <cac:TaxSubtotal>\n      <cbc:TaxableAmount {}</cbc:TaxableAmount>\n      <cbc:TaxAmount {}</cbc:TaxAmount>",
        money(e.tax.amount),
        money(e.tax.basis),
        money(e.tax.amount)
    );
    category(&mut out, "TaxCategory", "      ", true);
    out.push_str("    </cac:TaxSubtotal>\n  </cac:TaxTotal>\n");
    let t = &e.totals;
    let _ = writeln!(
        out,
        "  <cac:LegalMonetaryTotal>\n    <cbc:LineExtensionAmount {}</cbc:LineExtensionAmount>\n    <cbc:TaxExclusiveAmount {}</cbc:TaxExclusiveAmount>\n    <cbc:TaxInclusiveAmount {}</cbc:TaxInclusiveAmount>\n    <cbc:AllowanceTotalAmount {}</cbc:AllowanceTotalAmount>\n    <cbc:PayableAmount {}</cbc:PayableAmount>\n  </cac:LegalMonetaryTotal>",
        money(t.line_total),
        money(t.tax_basis),
        money(t.grand_total),
        money(t.allowance_total),
        money(t.due_payable)
    );
    for line in &e.lines {
        let _ = writeln!(
            out,
            "  <cac:{line_element}>\n    <cbc:ID>{}</cbc:ID>\n    <cbc:{quantity_element} unitCode=\"{}\">{}</cbc:{quantity_element}>\n    <cbc:LineExtensionAmount {}</cbc:LineExtensionAmount>\n    <cac:Item>\n      <cbc:Name>{}</cbc:Name>",
            line.id,
            line.unit_code,
            line.quantity,
            money(line.amount),
            escape(&line.name)
        );
        category(&mut out, "ClassifiedTaxCategory", "      ", false);
        let _ = writeln!(
            out,
            "    </cac:Item>\n    <cac:Price>\n      <cbc:PriceAmount {}</cbc:PriceAmount>\n    </cac:Price>\n  </cac:{line_element}>",
            money(line.price)
        );
    }
    let _ = writeln!(out, "</{root}>");
    out
}

/// A party in the schema's order: endpoint, postal address, VAT registration, legal
/// entity (its name and registration), contact.
fn party(out: &mut String, element: &str, p: &Party) {
    let _ = writeln!(out, "  <cac:{element}>\n    <cac:Party>");
    if let Some((scheme, id)) = &p.peppol {
        let _ = writeln!(
            out,
            "      <cbc:EndpointID schemeID=\"{}\">{}</cbc:EndpointID>",
            escape(scheme),
            escape(id)
        );
    }
    out.push_str("      <cac:PostalAddress>\n");
    let a = &p.address;
    for (tag, value) in
        [("StreetName", &a.line), ("CityName", &a.city), ("PostalZone", &a.postcode)]
    {
        if let Some(v) = value {
            let _ = writeln!(out, "        <cbc:{tag}>{}</cbc:{tag}>", escape(v));
        }
    }
    let _ = writeln!(
        out,
        "        <cac:Country>\n          <cbc:IdentificationCode>{}</cbc:IdentificationCode>\n        </cac:Country>\n      </cac:PostalAddress>",
        escape(&a.country)
    );
    if let Some(v) = &p.vat_id {
        let _ = writeln!(
            out,
            "      <cac:PartyTaxScheme>\n        <cbc:CompanyID>{}</cbc:CompanyID>\n        <cac:TaxScheme>\n          <cbc:ID>VAT</cbc:ID>\n        </cac:TaxScheme>\n      </cac:PartyTaxScheme>",
            escape(v)
        );
    }
    let _ = writeln!(
        out,
        "      <cac:PartyLegalEntity>\n        <cbc:RegistrationName>{}</cbc:RegistrationName>",
        escape(&p.name)
    );
    if let Some(id) = &p.registration_id {
        let _ = writeln!(out, "        <cbc:CompanyID>{}</cbc:CompanyID>", escape(id));
    }
    out.push_str("      </cac:PartyLegalEntity>\n");
    if let Some(c) = &p.contact {
        out.push_str("      <cac:Contact>\n");
        for (tag, value) in
            [("Name", &c.name), ("Telephone", &c.phone), ("ElectronicMail", &c.email)]
        {
            if let Some(v) = value {
                let _ = writeln!(out, "        <cbc:{tag}>{}</cbc:{tag}>", escape(v));
            }
        }
        out.push_str("      </cac:Contact>\n");
    }
    let _ = writeln!(out, "    </cac:Party>\n  </cac:{element}>");
}
