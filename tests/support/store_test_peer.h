// Test-only: the store's own SQLite connection, for tests that check how
// the store set that connection up (pragmas, enforced foreign keys, the
// text order registered as COLLATE da). Everything else reads through the
// store's typed methods, or through a separate sql::Database on the file.
#ifndef AFSTEM_TESTS_SCHEMA_STORE_STORE_TEST_PEER_H_
#define AFSTEM_TESTS_SCHEMA_STORE_STORE_TEST_PEER_H_

#include "schema/store/document_store.h"
#include "schema/store/sqlite.h"

namespace afstem {

class DocumentStoreTestPeer {
 public:
  static sql::Database& Connection(DocumentStore& store) { return *store.db_; }
};

}  // namespace afstem

#endif  // AFSTEM_TESTS_SCHEMA_STORE_STORE_TEST_PEER_H_
