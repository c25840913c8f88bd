package io.tsunagu.profilebridge.posimport;

import io.tsunagu.profilebridge.event.EventRow;
import io.tsunagu.profilebridge.event.EventService;
import io.tsunagu.profilebridge.event.IngestResult;
import io.tsunagu.profilebridge.person.IdentityKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class PosImportService {

    private final EventService events;

    PosImportService(EventService events) {
        this.events = events;
    }

    /** Stores the good lines as pos_purchase events of their cards; importing a file again stores nothing new. */
    @Transactional
    public PosImportResult importCsv(String body) {
        PosCsv.Parsed parsed = PosCsv.parse(body);
        Map<EventService.Identified, List<EventRow>> byCard = new LinkedHashMap<>();
        for (PosCsv.Row row : parsed.rows()) {
            byCard.computeIfAbsent(new EventService.Identified(IdentityKind.CARD, row.cardId()), c -> new ArrayList<>())
                    .add(row.event());
        }
        IngestResult stored = events.store(byCard);
        return new PosImportResult(stored.accepted(), stored.duplicates(), parsed.rejected());
    }
}
