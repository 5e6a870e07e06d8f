/* frozen_none.c: the empty table of frozen code images (runtime/module.h),
 * for the runtime tools/freeze_code links: it compiles every frozen module
 * from source, and writes the real table. */
#include "runtime/module.h"

const rt_frozen_image rt__frozen_images[1] = {{0, 0, 0}};
const size_t rt__frozen_images_count = 0;
