package io.tsunagu.matching.bench;

import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.solver.PairScore;

import java.util.Comparator;

/** Orders requests by waiting cost, for a construction heuristic that sorts its entities (used descending). */
public class LongestWaitingFirst implements Comparator<WaitingRequest> {

    @Override
    public int compare(WaitingRequest one, WaitingRequest other) {
        int byWait = Integer.compare(PairScore.waitingCost(one), PairScore.waitingCost(other));
        return byWait != 0 ? byWait : one.getId().compareTo(other.getId());
    }
}
