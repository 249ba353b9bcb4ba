package eu.gdprmodule.examples.shop.privacy.requests;

import jakarta.interceptor.Interceptor;

/**
 * The order the module calls the shop's contributors in ({@code @Priority}, lowest first). It
 * matters for erasure: what is kept is reported before the links that find it are cut, and the
 * account goes last, once nothing points to it any more (the tables' foreign keys refuse it
 * before). If one contributor fails, the account's deletion fails too and the module runs the
 * erasure again: nothing is left half-linked. The values are in the application range, before
 * observers that name no priority ({@code APPLICATION + 500}).
 */
final class ContributorPriorities {

    /** Reports the invoices kept; changes nothing, so it must see them while they still link to the account. */
    static final int INVOICES = Interceptor.Priority.APPLICATION + 100;
    /** Cuts the orders' link to the account (the orders stay as the invoices' lines). */
    static final int ORDERS = Interceptor.Priority.APPLICATION + 200;
    static final int NEWSLETTER = Interceptor.Priority.APPLICATION + 300;
    static final int PROSPECTS = Interceptor.Priority.APPLICATION + 310;
    static final int SIGN_INS = Interceptor.Priority.APPLICATION + 320;
    /** Last: the account row is what every other table of the customer points to. */
    static final int ACCOUNT = Interceptor.Priority.APPLICATION + 400;

    private ContributorPriorities() {
    }
}
