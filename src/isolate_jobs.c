/* isolate_jobs.c - the jobs a child process of isolate.h can run. */
#include "isolate.h"

#include "outlook.h"
#include "tnef.h"

const struct isolate_job isolate_jobs[] = {
	{"pst", pst_child_run},
	{"tnef", tnef_child_run},
	{NULL, NULL},
};
