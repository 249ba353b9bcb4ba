-- Retention of customer accounts (the register's "customer-account" rule): three years after a
-- customer's last order the account is archived, kept only for claims (French Civil Code,
-- art. 2224) with restricted access: it can no longer be signed in to. ARCHIVED_AT says since when.
ALTER TABLE SHOP_CUSTOMER ADD COLUMN ARCHIVED_AT TIMESTAMP;
