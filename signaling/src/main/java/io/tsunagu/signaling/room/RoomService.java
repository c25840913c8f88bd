package io.tsunagu.signaling.room;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.signaling.cluster.NodeBus;
import io.tsunagu.signaling.cluster.RoomPresence;
import io.tsunagu.signaling.connection.MessageSender;
import io.tsunagu.signaling.connection.Participant;
import io.tsunagu.signaling.ice.IceServerService;
import io.tsunagu.signaling.ice.IceServers;
import io.tsunagu.signaling.message.SignalMessage.CallEnd;
import io.tsunagu.signaling.message.SignalMessage.CallRole;
import io.tsunagu.signaling.message.SignalMessage.CallStart;
import io.tsunagu.signaling.resume.Pauses;
import io.tsunagu.signaling.resume.ResumeTokens;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens and ends rooms. PostgreSQL holds who may join a room, so a restart keeps it; a cache in front
 * keeps joins and relays off the database. The pushes follow the commit: a browser must never be told
 * about a room the database does not have.
 */
@ApplicationScoped
public class RoomService {

    private static final Logger LOG = Logger.getLogger(RoomService.class);

    private final RoomRepository repository;
    private final RoomMembership membership;
    private final MessageSender sender;
    private final IceServerService iceServers;
    private final Pauses pauses;
    private final ResumeTokens tokens;
    private final RoomPresence presence;
    private final NodeBus bus;
    private final Clock clock;
    private final Map<UUID, Room> cache = new ConcurrentHashMap<>();

    RoomService(RoomRepository repository, RoomMembership membership, MessageSender sender, IceServerService iceServers,
                Pauses pauses, ResumeTokens tokens, RoomPresence presence, NodeBus bus) {
        this.presence = presence;
        this.bus = bus;
        this.pauses = pauses;
        this.tokens = tokens;
        this.repository = repository;
        this.membership = membership;
        this.sender = sender;
        this.iceServers = iceServers;
        this.clock = Clock.systemUTC();
    }

    /**
     * Opens the consultation's room and sends call-start to both participants. Idempotent: a repeat for
     * the same consultation and participants answers the same room and sends call-start again, so that a
     * retry after a lost answer still reaches the browsers (they ignore a call-start for a call they are in).
     */
    public Room open(OpenRoomRequest request) {
        Room room = QuarkusTransaction.joiningExisting().call(() -> {
            // PostgreSQL keeps microseconds; truncating here makes the first answer equal every later read.
            repository.insertIfAbsent(request.consultationId(), request.visitorId(), request.staffUsername(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            return toRoom(repository.findById(request.consultationId()));
        });
        if (!room.visitorId().equals(request.visitorId()) || !room.staffUsername().equals(request.staffUsername())) {
            throw ProblemException.conflict("room-conflict", "Room conflict",
                    "consultation " + room.consultationId() + " already has a room with other participants");
        }
        if (room.ended()) {
            throw ProblemException.conflict("room-conflict", "Room conflict",
                    "the room of consultation " + room.consultationId() + " has ended");
        }
        cache.put(room.consultationId(), room);
        int reached = callStart(room, room.staff(), CallRole.STAFF) + callStart(room, room.shopper(), CallRole.SHOPPER);
        LOG.infof("room %s open; call-start reached %d sockets", room.consultationId(), reached);
        return room;
    }

    /** Ends the room and sends call-end to both participants. Idempotent, like {@link #open}. */
    public Room end(UUID consultationId) {
        Room room = QuarkusTransaction.joiningExisting().call(() -> {
            RoomEntity entity = repository.findByIdOptional(consultationId)
                    .orElseThrow(() -> ProblemException.notFound("room", consultationId));
            if (entity.endedAt == null) {
                entity.endedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            }
            return toRoom(entity);
        });
        cache.put(consultationId, room);
        List<Participant> here = membership.dissolve(consultationId);
        pauses.forgetRoom(consultationId, room.staff(), room.shopper());
        presence.forget(consultationId, here);
        tokens.revokeRoom(consultationId);
        bus.roomEnded(consultationId);
        CallEnd callEnd = new CallEnd(consultationId);
        int reached = sender.deliver(room.staff(), callEnd) + sender.deliver(room.shopper(), callEnd);
        LOG.infof("room %s ended; call-end reached %d sockets", consultationId, reached);
        return room;
    }

    /**
     * Another node ended the room (and told its browsers, here too, through Redis): this node forgets its
     * cached copy, so that the next look reads the end from the database, and what it held of the room.
     */
    public void endedElsewhere(UUID consultationId) {
        cache.remove(consultationId);
        presence.forget(consultationId, membership.dissolve(consultationId));
        tokens.revokeRoom(consultationId);
    }

    /** The room of a consultation, from the cache or else the database. */
    public Optional<Room> find(UUID consultationId) {
        Room cached = cache.get(consultationId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Room> loaded = QuarkusTransaction.joiningExisting().call(() -> repository.findByIdOptional(consultationId).map(RoomService::toRoom));
        loaded.ifPresent(room -> cache.putIfAbsent(consultationId, room));
        return loaded;
    }

    /**
     * The room from the cache alone, which never blocks: a socket joined to a room finds it there, as
     * the join read it into the cache and only the room's end takes it out again.
     */
    public Optional<Room> cached(UUID consultationId) {
        return Optional.ofNullable(cache.get(consultationId));
    }

    /** Ends the rooms left open since before the cutoff, and frees the memory of ended ones. */
    public int endOpenSince(Instant cutoff) {
        var stale = QuarkusTransaction.joiningExisting().call(() -> repository.openSince(cutoff));
        stale.forEach(this::end);
        cache.values().removeIf(Room::ended);
        return stale.size();
    }

    private int callStart(Room room, Participant participant, CallRole role) {
        IceServers ice = iceServers.forParticipant(participant);
        return sender.deliver(participant, new CallStart(room.consultationId(), role, ice.iceServers(), ice.iceTransportPolicy()));
    }

    private static Room toRoom(RoomEntity entity) {
        return new Room(entity.consultationId, entity.visitorId, entity.staffUsername, entity.createdAt, entity.endedAt);
    }
}
