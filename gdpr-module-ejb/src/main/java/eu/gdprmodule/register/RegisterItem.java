package eu.gdprmodule.register;

import java.time.Instant;

/**
 * A register item with what an editor needs beside it: the version to send back with a change
 * (so a concurrent edit is detected, not overwritten) and who changed it last, when.
 *
 * @param value     the item
 * @param version   its version, {@code 0} when it was never stored
 * @param changedAt when it was last changed, or {@code null}
 * @param changedBy by whom, or {@code null}
 */
public record RegisterItem<T>(T value, int version, Instant changedAt, String changedBy) {
}
