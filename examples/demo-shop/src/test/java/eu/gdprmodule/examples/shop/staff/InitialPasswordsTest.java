package eu.gdprmodule.examples.shop.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InitialPasswordsTest {

    @Test
    void aGeneratedPasswordIsLongerThanAnyChosenOneMustBe() {
        String password = InitialPasswords.generate();

        assertEquals(InitialPasswords.LENGTH, password.length());
        assertTrue(password.length() >= 16, password);
        assertTrue(password.length() >= StaffSettings.MIN_PASSWORD_LENGTH, password);
    }

    @Test
    void itUsesOnlyCharactersThatCannotBeMistakenForOneAnother() {
        for (String lookalike : new String[] {"0", "O", "o", "1", "l", "I", "i"}) {
            assertTrue(!InitialPasswords.ALPHABET.contains(lookalike), lookalike);
        }
        for (int i = 0; i < 200; i++) {
            String password = InitialPasswords.generate();
            assertTrue(password.chars().allMatch(c -> InitialPasswords.ALPHABET.indexOf(c) >= 0), password);
        }
    }

    @Test
    void theAlphabetHasNoRepeatsSoEveryCharacterIsEquallyLikely() {
        Set<Character> distinct = InitialPasswords.ALPHABET.chars().mapToObj(c -> (char) c).collect(Collectors.toSet());

        assertEquals(InitialPasswords.ALPHABET.length(), distinct.size());
        assertEquals(55, distinct.size(), "with 20 characters, about 115 bits");
    }

    @Test
    void passwordsDoNotRepeatAndUseTheWholeAlphabet() {
        Set<String> passwords = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String password = InitialPasswords.generate();
            passwords.add(password);
            password.chars().forEach(c -> seen.add((char) c));
        }

        assertEquals(2_000, passwords.size(), "no password twice");
        // 40,000 characters: a character missing by chance would have odds of about 1 in 10^300.
        assertEquals(InitialPasswords.ALPHABET.length(), seen.size(), seen::toString);
    }
}
