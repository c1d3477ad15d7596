/*
 * The counter race as the Python program runs it (scenarios/threads/lost-update.yaml): T threads each do
 * `x += 1` N times, a load of the global x into a local and a store of the local plus one, as two separate
 * statements, so another thread can run between them. The main process starts the threads, waits until all
 * have ended (the joins), then reads x.
 *
 * Parameters (spin -D...): T threads, N increments each. With -DVALUE=v the main process asserts x != v at
 * the end, so an assertion violation proves that v is a reachable final value; compiled with -DPRINTF, the
 * printf below also runs during the search and names every final value reached.
 */
#ifndef T
#define T 2
#endif
#ifndef N
#define N 3
#endif

byte x = 0;

proctype adder() {
    byte i = 0;
    byte tmp;
    do
    :: i < N ->
        tmp = x;        /* load the global */
        x = tmp + 1;    /* store it back, one more: another thread may have stored in between */
        i++
    :: else -> break
    od
}

init {
    byte k = 0;
    atomic {
        do
        :: k < T -> run adder(); k++
        :: else -> break
        od
    }
    (_nr_pr == 1);      /* the joins: every adder has ended */
    printf("final x=%d\n", x);
#ifdef VALUE
    assert(x != VALUE)
#endif
}
