package io.tsunagu.staffdirectory.shift;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ShiftExceptionRepository implements PanacheRepositoryBase<ShiftException, UUID> {

    public List<ShiftException> listOf(String username) {
        return list("username", Sort.by("date").and("startMinute"), username);
    }

    /** The exceptions of these staff members on dates from {@code first} to {@code last} inclusive. */
    public List<ShiftException> between(Collection<String> usernames, LocalDate first, LocalDate last) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return list("username in ?1 and date between ?2 and ?3", usernames, first, last);
    }
}
