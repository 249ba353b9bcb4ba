/**
 * What the shop sells: computer repairs, upgrades and support plans, with prices before VAT
 * (the shop serves small businesses as well as individuals) and the price a person pays.
 * No personal data here.
 */
package eu.gdprmodule.examples.shop.catalog;
