package eu.gdprmodule.examples.shop.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A VAT rate, such as France's standard 20 %. Amounts are in euros with two decimals, rounded
 * half up on each amount, as an invoice line is.
 *
 * @param rate the rate as a fraction: {@code 0.20} for 20 %
 */
public record VatRate(BigDecimal rate) {

    /** France's standard rate, which applies to every service the shop sells. */
    public static final VatRate STANDARD = new VatRate(new BigDecimal("0.20"));

    public VatRate {
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("a VAT rate is a fraction between 0 and 1: " + rate);
        }
    }

    /** The VAT due on a net amount. */
    public BigDecimal vatOn(BigDecimal net) {
        return net.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    /** The net amount plus its VAT. */
    public BigDecimal grossOf(BigDecimal net) {
        return net.setScale(2, RoundingMode.HALF_UP).add(vatOn(net));
    }

    /** For display: {@code 20} for 20 %, {@code 5.5} for 5.5 % (never {@code 2E+1}). */
    public String percent() {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
