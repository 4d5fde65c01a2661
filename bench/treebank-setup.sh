# Sourced by the scripts that time the language core on UD EWT train (language-speed.sh,
# parser-speed.sh): settings from the environment, the tools they need, the treebank, and the bench
# build. Expects NAME (the script's name, for messages) and the working directory at the repository.
ROUNDS=${ROUNDS:-5}
WARMUP=${WARMUP:-3}
CORE=${CORE:-1}
TIME=/usr/bin/time
[[ -x $TIME ]] || { echo "$NAME: GNU time is required at $TIME" >&2; exit 1; }
command -v taskset >/dev/null || { echo "$NAME: taskset (util-linux) is required" >&2; exit 1; }

# The same lookup as the bench's SharedData: CORROBORATE_SHARED (or its data/), else ../shared/data.
shared=${CORROBORATE_SHARED:-../shared}
[[ -d $shared/data ]] && shared=$shared/data
conllu=$shared/corpora/ud-ewt/en_ewt-ud-train.conllu
if [[ ! -f $conllu ]]; then
  echo "$NAME: $conllu not found: the shared data must be beside the repository (../shared/data) or at CORROBORATE_SHARED" >&2
  exit 1
fi

dotnet build bench/Corroborate.Bench -c Release -nologo -v quiet >&2
bench=(dotnet bench/Corroborate.Bench/bin/Release/net10.0/Corroborate.Bench.dll)
