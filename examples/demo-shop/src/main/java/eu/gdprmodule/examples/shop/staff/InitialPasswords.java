package eu.gdprmodule.examples.shop.staff;

import java.security.SecureRandom;

/**
 * Passwords the shop makes up itself, for a first administrator whom nobody gave one. They are
 * read off a log and typed by a person, so the alphabet leaves out what looks alike in common
 * fonts ({@code 0 O o}, {@code 1 l I i}): 20 characters from 55 is about 115 bits, far out of
 * reach of guessing, and stays well above the 12 characters asked of a chosen password.
 */
final class InitialPasswords {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
    static final int LENGTH = 20;

    /** Thread-safe, and seeded by the operating system: nothing about one password tells the next. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
