package io.tsunagu.profilebridge.note;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConsultationNoteRepository implements PanacheRepositoryBase<ConsultationNote, UUID> {

    /**
     * Stores the note unless one exists for the consultation; the database decides, so two
     * concurrent deliveries of the same note store it once.
     *
     * @return true when this call stored it
     */
    public boolean insertNew(UUID consultationId, String identityKey, NoteInput note, Instant createdAt) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO consultation_note (consultation_id, identity_key, staff_username, text, tags, product_ids,
                                                   outcome, follow_up_on, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (consultation_id) DO NOTHING""")) {
                insert.setObject(1, consultationId);
                insert.setString(2, identityKey);
                insert.setString(3, note.staffUsername());
                insert.setString(4, note.text());
                insert.setArray(5, connection.createArrayOf("text", note.tags().stream().distinct().toArray()));
                insert.setArray(6, connection.createArrayOf("text", note.productIds().stream().distinct().toArray()));
                insert.setString(7, note.outcome());
                insert.setObject(8, note.followUpOn());
                insert.setObject(9, createdAt.atOffset(ZoneOffset.UTC));
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** The person's notes written after {@code since}. */
    public List<ConsultationNote> since(UUID personId, Instant since) {
        return list("""
                identityKey in (select i.key from Identity i where i.personId = ?1)
                and createdAt > ?2""", personId, since);
    }

    /** The person's latest notes, newest first. */
    public List<ConsultationNote> latest(UUID personId, int limit) {
        return find("""
                identityKey in (select i.key from Identity i where i.personId = ?1)
                order by createdAt desc, consultationId""", personId)
                .page(Page.ofSize(limit)).list();
    }
}
