package io.tsunagu.staffdirectory.access;

import java.util.List;

/** Who the caller is to the directory: their roles and the stores they work in or look after. */
public record MeView(String username, List<String> roles, List<String> storeIds) {
}
