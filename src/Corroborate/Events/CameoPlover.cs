namespace Corroborate.Events;

/// <summary>
/// The PLOVER category (and mode, where one code says it) of a CAMEO code, by its root: our own reading
/// of the two schemes, so that events coded with CAMEO dictionaries land in the same categories as the
/// built-in coder's.
/// </summary>
internal static class CameoPlover
{
    /// <summary>The category and mode; a null category for public statements (CAMEO 01), which PLOVER
    /// does not count as events.</summary>
    public static (string? Event, string? Mode) Of(string cameo)
    {
        // Codes that say more than their root.
        switch (cameo)
        {
            case "084" or "0841" or "0842":
                return ("RETREAT", "release");
            case "085":
                return ("RETREAT", "ease"); // economic sanctions eased
            case "086" or "0861" or "0862" or "0863":
                return ("RETREAT", "access"); // peacekeepers, inspectors or aid let in
            case "087" or "0871" or "0872" or "0873" or "0874":
                return ("RETREAT", "withdraw");
            case "173":
                return ("COERCE", "arrest");
            case "042" or "043":
                return ("CONSULT", "visit");
            case "057":
                return ("AGREE", "sign");
        }
        var root = cameo.Length >= 2 ? cameo[..2] : cameo;
        return root switch
        {
            "01" => (null, null),
            "02" => ("REQUEST", null),
            "03" => ("AGREE", "intend"),
            "04" => ("CONSULT", null),
            "05" => ("SUPPORT", null), // praise, defend verbally, recognize: as the built-in rows code 051 and 054
            "06" => ("COOPERATE", null),
            "07" => ("AID", null),
            "08" => ("CONCEDE", null),
            "09" => ("ACCUSE", "investigate"),
            "10" => ("REQUEST", "demand"),
            "11" => ("ACCUSE", "disapprove"),
            "12" => ("REJECT", null),
            "13" => ("THREATEN", null),
            "14" => ("PROTEST", null),
            "15" => ("MOBILIZE", null),
            "16" => ("SANCTION", null),
            "17" => ("COERCE", null),
            "18" or "19" or "20" => ("ASSAULT", null),
            _ => ("ACCUSE", null),
        };
    }
}
