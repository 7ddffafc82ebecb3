#include <cblas.h>
/* OpenBLAS extensions to pin the thread count, so results repeat exactly. */
void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);
/* The name of the kernel set OpenBLAS chose (or was pinned to by OPENBLAS_CORETYPE). */
char *openblas_get_corename(void);
