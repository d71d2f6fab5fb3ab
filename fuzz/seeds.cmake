# SPDX-License-Identifier: GPL-3.0-or-later
# taper_fuzz_seeds(TARGET OUTDIR): writes the seed corpus of a fuzz target into OUTDIR at configure
# time, from tests/data (and for the formulary target from the shipped formulary, each file prefixed
# with its selector byte '0'..'5' as formulary_fuzz.cpp expects). Used by fuzz/CMakeLists.txt (the
# libFuzzer build) and tests/fuzz/CMakeLists.txt (replaying the seeds in the normal test suite).
function(taper_fuzz_seeds target outdir)
  set(data ${PROJECT_SOURCE_DIR}/tests/data)
  file(REMOVE_RECURSE ${outdir})
  file(MAKE_DIRECTORY ${outdir})
  if(target STREQUAL "regimen")
    file(GLOB seeds CONFIGURE_DEPENDS ${data}/regimen/*.json ${data}/taper/*.json ${data}/report/*.json)
  elseif(target STREQUAL "plan")
    file(GLOB seeds CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/golden/session/*.json ${data}/plan/*.json)
  elseif(target STREQUAL "screen")
    file(GLOB seeds CONFIGURE_DEPENDS ${data}/screen/*.csv)
  elseif(target STREQUAL "formulary")
    set(seeds)
    set(selector 0)
    # Keep in step with kFiles in formulary_fuzz.cpp.
    foreach(name sources.json atc-groups.json substances.json products-dk.json profiles/dk.json rules.json)
      file(READ ${PROJECT_SOURCE_DIR}/formulary/${name} content)
      string(REPLACE "/" "-" flat ${name})
      file(WRITE ${outdir}/${selector}-${flat} "${selector}${content}")
      math(EXPR selector "${selector} + 1")
    endforeach()
  endif()
  foreach(seed IN LISTS seeds)
    get_filename_component(dirname ${seed} DIRECTORY)
    get_filename_component(group ${dirname} NAME)
    get_filename_component(name ${seed} NAME)
    configure_file(${seed} ${outdir}/${group}-${name} COPYONLY)
  endforeach()
  # Inputs that once crashed the target are seeds too.
  file(GLOB regressions CONFIGURE_DEPENDS ${data}/fuzz/${target}/*)
  foreach(input IN LISTS regressions)
    get_filename_component(name ${input} NAME)
    configure_file(${input} ${outdir}/regression-${name} COPYONLY)
  endforeach()
endfunction()
