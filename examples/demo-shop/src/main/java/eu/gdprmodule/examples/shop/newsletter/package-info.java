/**
 * The newsletter: customers subscribe by ticking the (unticked) box at sign-up or from their
 * account, and unsubscribe from their account as easily (Art. 7(3) and 21(3) GDPR). Every
 * subscription is kept with its dates and where it was given, which is the proof of the opt-in.
 */
package eu.gdprmodule.examples.shop.newsletter;
