-- An erased customer's invoices stay ten years (French Commercial Code, art. L123-22), and each
-- order is its invoice's line (service, quantity, unit price: General Tax Code, annex II,
-- art. 242 nonies A), so the order stays too. What goes is its link to the erased account
-- (Art. 17 GDPR): CUSTOMER_ID may now be NULL, for those orders only. The foreign key stays, so a
-- link that is there still names an existing account.
-- Derby's form of the change (PostgreSQL would write DROP NOT NULL): the shop's own database is
-- always embedded Derby (ShopDatabase).
ALTER TABLE SHOP_ORDER ALTER COLUMN CUSTOMER_ID NULL;
