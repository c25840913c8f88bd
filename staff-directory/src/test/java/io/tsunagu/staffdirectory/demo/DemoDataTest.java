package io.tsunagu.staffdirectory.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.staffdirectory.staff.StaffRepository;
import io.tsunagu.staffdirectory.store.StoreRepository;
import io.tsunagu.staffdirectory.tag.TagRepository;
import io.tsunagu.testing.DemoUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;
    @Inject
    StoreRepository stores;
    @Inject
    TagRepository tags;
    @Inject
    StaffRepository staff;

    @Test
    void loadingAgainAddsNothing() {
        int added = demoData.load();

        assertThat(added).isZero();
        assertThat(stores.count()).isEqualTo(DemoData.STORES.size());
        assertThat(tags.count()).isEqualTo(DemoData.TAGS.size());
        assertThat(staff.count()).isEqualTo(DemoData.STAFF.size());
    }

    @Test
    void theDemoStaffAreTheKeycloakDemoStaff() {
        assertThat(DemoData.STAFF).extracting(DemoData.DemoStaff::username)
                .containsExactlyInAnyOrder(DemoUsers.AOI, DemoUsers.REN, DemoUsers.HANA);
    }
}
