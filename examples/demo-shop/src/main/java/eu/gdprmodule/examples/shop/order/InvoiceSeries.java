package eu.gdprmodule.examples.shop.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One year's invoice series: the last number issued. It is updated in the transaction that
 * stores the invoice, under a row lock, so a rolled-back order gives its number back and the
 * series has no gaps (a database sequence would leave one).
 */
@Entity
@Table(name = "SHOP_INVOICE_SERIES")
public class InvoiceSeries {

    @Id
    @Column(name = "INVOICE_YEAR")
    private int year;

    /** 0 until the year's first invoice. */
    @Column(name = "LAST_RANK", nullable = false)
    private int lastRank;

    protected InvoiceSeries() {
        // for JPA
    }

    InvoiceSeries(int year) {
        this.year = year;
    }

    /** Takes the next number of the series. */
    InvoiceNumber issue() {
        InvoiceNumber number = lastRank == 0 ? InvoiceNumber.first(year) : new InvoiceNumber(year, lastRank).next();
        lastRank = number.rank();
        return number;
    }
}
