package io.tsunagu.matching.weights;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ConstraintWeightRepository implements PanacheRepositoryBase<ConstraintWeight, String> {
}
