package eu.gdprmodule.web.rest;

/**
 * Makes text safe for a CSV cell that a spreadsheet will open: a cell starting with
 * {@code = + - @}, tab or carriage return would run as a formula (CSV injection), so it is
 * prefixed with an apostrophe. Exports carry text that visitors or editors typed.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
