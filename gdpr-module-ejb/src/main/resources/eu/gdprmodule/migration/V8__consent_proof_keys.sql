-- Proofs of consent with fewer, cheaper index entries. Retention deletes up to millions of
-- expired proofs a day, and on embedded Derby most of that time went into finding each proof's
-- entries in its indexes (bench/retention: 1,000,000 proofs in about 30 s with the indexes of V5,
-- 17 s with the primary key alone).
--
-- Proofs are keyed by the time they were given, then their id: nothing looks a proof up by its id
-- alone, and the console's searches and retention read proofs by time. The primary key now serves
-- those range scans, so the GIVEN_AT index goes. The consent-id index goes too: only the
-- console's search by consent id used it, and consent ids now begin with the millisecond they
-- were made (ConsentIds, UUIDs of version 7), so that search reads the proofs given since then
-- through the primary key instead (ConsentStore).
ALTER TABLE GDPR_CONSENT_PROOF DROP CONSTRAINT GDPR_CONSENT_PROOF_PK;
ALTER TABLE GDPR_CONSENT_PROOF ADD CONSTRAINT GDPR_CONSENT_PROOF_PK PRIMARY KEY (GIVEN_AT, PROOF_ID);
DROP INDEX GDPR_CONSENT_PROOF_GIVEN;
DROP INDEX GDPR_CONSENT_PROOF_CONSENT;
