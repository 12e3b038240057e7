package io.cmr.orderstatus.incident;

import java.util.List;
import java.util.Map;

/**
 * The regions of metropolitan France (ISO 3166-2:FR codes) and the départements in each, which are
 * the first two digits of a French postal code. Corsica's 2A and 2B both have postal codes in 20.
 */
final class Regions {

    static final String COUNTRY = "FR";

    private static final Map<String, List<String>> DEPARTEMENTS = Map.ofEntries(
            Map.entry("FR-ARA", List.of("01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74")),
            Map.entry("FR-BFC", List.of("21", "25", "39", "58", "70", "71", "89", "90")),
            Map.entry("FR-BRE", List.of("22", "29", "35", "56")),
            Map.entry("FR-CVL", List.of("18", "28", "36", "37", "41", "45")),
            Map.entry("FR-COR", List.of("20")),
            Map.entry("FR-GES", List.of("08", "10", "51", "52", "54", "55", "57", "67", "68", "88")),
            Map.entry("FR-HDF", List.of("02", "59", "60", "62", "80")),
            Map.entry("FR-IDF", List.of("75", "77", "78", "91", "92", "93", "94", "95")),
            Map.entry("FR-NOR", List.of("14", "27", "50", "61", "76")),
            Map.entry("FR-NAQ", List.of("16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87")),
            Map.entry("FR-OCC", List.of("09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82")),
            Map.entry("FR-PDL", List.of("44", "49", "53", "72", "85")),
            Map.entry("FR-PAC", List.of("04", "05", "06", "13", "83", "84")));

    private Regions() {
    }

    static boolean known(String region) {
        return DEPARTEMENTS.containsKey(region);
    }

    static List<String> postalPrefixes(String region) {
        return DEPARTEMENTS.getOrDefault(region, List.of());
    }

    static String codes() {
        return String.join(", ", DEPARTEMENTS.keySet().stream().sorted().toList());
    }
}
