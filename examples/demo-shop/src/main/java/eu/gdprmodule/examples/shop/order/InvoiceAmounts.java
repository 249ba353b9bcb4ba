package eu.gdprmodule.examples.shop.order;

import eu.gdprmodule.examples.shop.catalog.VatRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What an invoice of one line charges: quantity times the unit price before VAT, the VAT on
 * that, and the total. The net amount is rounded first and the VAT computed on it, so the three
 * amounts printed on the invoice always add up.
 *
 * @param net   the amount before VAT
 * @param vatRate the rate applied, as a fraction
 * @param vat   the VAT due
 * @param total what the customer pays
 */
public record InvoiceAmounts(BigDecimal net, BigDecimal vatRate, BigDecimal vat, BigDecimal total) {

    /** The largest quantity one order may carry. */
    public static final int MAX_QUANTITY = 99;

    public static InvoiceAmounts of(BigDecimal unitPriceNet, int quantity, VatRate rate) {
        Objects.requireNonNull(unitPriceNet, "unitPriceNet");
        Objects.requireNonNull(rate, "rate");
        if (unitPriceNet.signum() < 0) {
            throw new IllegalArgumentException("a price cannot be negative: " + unitPriceNet);
        }
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("the quantity must be between 1 and " + MAX_QUANTITY + ": " + quantity);
        }
        BigDecimal net = unitPriceNet.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal vat = rate.vatOn(net);
        return new InvoiceAmounts(net, rate.rate(), vat, net.add(vat));
    }
}
