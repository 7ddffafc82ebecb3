#include <cblas.h>
/* OpenBLAS extensions to pin the thread count, so results repeat exactly. */
void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);
