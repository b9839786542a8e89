// User space to display space for every page rotation.

#include "ingest/extract/page_geometry.h"

#include <catch2/catch.hpp>

namespace afstem {

TEST_CASE("unrotated A4 flips y", "[ingest][geometry]") {
  PageFrame a4{0, 0, 595, 842, 0};
  CHECK(UserRectToDisplay(a4, 100, 742, 200, 762) == Box{100, 80, 200, 100});
  CHECK(a4.DisplayWidth() == 595);
  CHECK(a4.DisplayHeight() == 842);
}

TEST_CASE("crop box offset is subtracted", "[ingest][geometry]") {
  PageFrame cropped{10, 20, 510, 820, 0};
  CHECK(UserRectToDisplay(cropped, 110, 700, 210, 720) == Box{100, 100, 200, 120});
}

TEST_CASE("rotated pages", "[ingest][geometry]") {
  // A portrait page turned clockwise: user bottom-left is display top-left.
  PageFrame r90{0, 0, 595, 842, 90};
  CHECK(r90.DisplayWidth() == 842);
  CHECK(r90.DisplayHeight() == 595);
  CHECK(UserRectToDisplay(r90, 0, 0, 10, 20) == Box{0, 0, 20, 10});
  PageFrame r180{0, 0, 595, 842, 180};
  CHECK(UserRectToDisplay(r180, 0, 0, 10, 20) == Box{585, 0, 595, 20});
  PageFrame r270{0, 0, 595, 842, 270};
  CHECK(UserRectToDisplay(r270, 0, 0, 10, 20) == Box{822, 585, 842, 595});
}

}  // namespace afstem
