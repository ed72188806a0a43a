//! Units of measure and durations, with the conversion of physical
//! measures to SI units.

use factsift_core::quantity::Kind;

/// A unit and how to bring its values to the normalized unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitDef {
    /// The normalized unit written to the table (`m`, `kg`, `K`, `year`).
    pub unit: &'static str,
    /// Multiply by this …
    pub factor: f64,
    /// … then add this (temperatures).
    pub offset: f64,
    /// `Measure` or `Duration`.
    pub kind: Kind,
}

const fn si(unit: &'static str, factor: f64) -> UnitDef {
    UnitDef {
        unit,
        factor,
        offset: 0.0,
        kind: Kind::Measure,
    }
}

const fn dur(unit: &'static str) -> UnitDef {
    UnitDef {
        unit,
        factor: 1.0,
        offset: 0.0,
        kind: Kind::Duration,
    }
}

/// True for imperial units that are written in parts ("5 ft 2 in").
pub fn is_imperial(u: UnitDef) -> bool {
    [FOOT, 0.9144, MILE, POUND, 6.350_293_18]
        .iter()
        .any(|f| (u.factor - f).abs() < 1e-9)
}

impl UnitDef {
    /// Converts a value to the normalized unit.
    pub fn convert(&self, v: f64) -> f64 {
        v * self.factor + self.offset
    }
}

const INCH: f64 = 0.0254;
const FOOT: f64 = 0.3048;
const MILE: f64 = 1609.344;
const POUND: f64 = 0.453_592_37;
const OUNCE: f64 = 0.028_349_523_125;
const GALLON: f64 = 0.003_785_411_784;
const BARREL: f64 = 0.158_987_294_928;

/// Case-sensitive symbols (where case changes the meaning).
pub fn symbol(raw: &str) -> Option<UnitDef> {
    Some(match raw {
        // geological time: millions and billions of years
        "Ma" | "Myr" => UnitDef {
            unit: "year",
            factor: 1e6,
            offset: 0.0,
            kind: Kind::Duration,
        },
        "Ga" | "Gyr" => UnitDef {
            unit: "year",
            factor: 1e9,
            offset: 0.0,
            kind: Kind::Duration,
        },
        "MB" => si("B", 1e6),
        "GB" => si("B", 1e9),
        "TB" => si("B", 1e12),
        "KB" | "kB" => si("B", 1e3),
        "Mb" | "mb" | "Mbit" => si("bit", 1e6),
        "Gb" | "Gbit" => si("bit", 1e9),
        "kb" | "Kb" | "kbit" => si("bit", 1e3),
        "K" => UnitDef {
            unit: "K",
            factor: 1.0,
            offset: 0.0,
            kind: Kind::Measure,
        },
        "C" => UnitDef {
            unit: "K",
            factor: 1.0,
            offset: 273.15,
            kind: Kind::Measure,
        },
        "F" => UnitDef {
            unit: "K",
            factor: 5.0 / 9.0,
            offset: 273.15 - 32.0 * 5.0 / 9.0,
            kind: Kind::Measure,
        },
        "pm" => si("m", 1e-12),
        "t" => si("kg", 1e3),
        "M" => return None,
        _ => return None,
    })
}

/// Units by lower-cased surface form (words joined by one space, symbols
/// as written: `km/h`, `°c`, `m2`).
pub fn lookup(s: &str) -> Option<UnitDef> {
    Some(match s {
        // length
        "m" | "meter" | "meters" | "metre" | "metres" | "metro" | "metros" => si("m", 1.0),
        "km" | "kilometer" | "kilometers" | "kilometre" | "kilometres" | "kilometro"
        | "kilometros" | "kms" => si("m", 1e3),
        "cm" | "centimeter" | "centimeters" | "centimetre" | "centimetres" | "centimetro"
        | "centimetros" => si("m", 1e-2),
        "mm" | "millimeter" | "millimeters" | "millimetre" | "millimetres" | "milimetro"
        | "milimetros" => si("m", 1e-3),
        "dm" | "decimeter" | "decimeters" | "decimetre" | "decimetres" => si("m", 0.1),
        "nm" | "nanometer" | "nanometers" | "nanometre" | "nanometres" => si("m", 1e-9),
        "picometer" | "picometers" | "picometre" | "picometres" => si("m", 1e-12),
        "attometre" | "attometer" | "attometres" | "attometers" => si("m", 1e-18),
        "micrometer" | "micrometers" | "micrometre" | "micrometres" | "µm" | "μm" | "micron"
        | "microns" => si("m", 1e-6),
        "in" | "inch" | "inches" | "pulgada" | "pulgadas" | "\"" => si("m", INCH),
        "ft" | "foot" | "feet" | "pie" | "pies" | "'" => si("m", FOOT),
        "yd" | "yard" | "yards" | "yarda" | "yardas" => si("m", 0.9144),
        "mi" | "mile" | "miles" | "milla" | "millas" => si("m", MILE),
        "nautical mile" | "nautical miles" | "nmi" => si("m", 1852.0),
        // mass
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kilo"
        | "kilos" | "kilogramo" | "kilogramos" => si("kg", 1.0),
        "g" | "gram" | "grams" | "gramme" | "grammes" | "gramo" | "gramos" | "gr" => si("kg", 1e-3),
        "mg" | "milligram" | "milligrams" | "milligramme" | "milligrammes" | "miligramo"
        | "miligramos" => si("kg", 1e-6),
        "µg" | "μg" | "mcg" | "microgram" | "micrograms" | "microgramme" | "microgrammes" => {
            si("kg", 1e-9)
        }
        "lb" | "lbs" | "pound" | "pounds" | "pound-mass" | "libra" | "libras" => si("kg", POUND),
        "oz" | "ounce" | "ounces" | "onza" | "onzas" => si("kg", OUNCE),
        "ton" | "tons" | "tonelada" | "toneladas" => si("kg", 907.184_74),
        "tonne" | "tonnes" | "metric ton" | "metric tons" | "metric tonne" | "metric tonnes"
        | "tonelada metrica" | "toneladas metricas" => si("kg", 1e3),
        "dram" | "drachma" | "drams" => si("kg", 0.001_771_845_195_312_5),
        "stone" => si("kg", 6.350_293_18),
        // area
        "m2" | "m²" | "sq m" | "square meter" | "square meters" | "square metre"
        | "square metres" | "metro cuadrado" | "metros cuadrados" => si("m2", 1.0),
        "km2"
        | "km²"
        | "sq km"
        | "square kilometer"
        | "square kilometers"
        | "square kilometre"
        | "square kilometres"
        | "kilometro cuadrado"
        | "kilometros cuadrados" => si("m2", 1e6),
        "sq mi" | "square mile" | "square miles" | "milla cuadrada" | "millas cuadradas" => {
            si("m2", MILE * MILE)
        }
        "sq ft" | "square foot" | "square feet" | "pie cuadrado" | "pies cuadrados" => {
            si("m2", FOOT * FOOT)
        }
        "acre" | "acres" => si("m2", 4046.8564224),
        "hectare" | "hectares" | "ha" | "hectarea" | "hectareas" => si("m2", 1e4),
        // volume
        "l" | "liter" | "liters" | "litre" | "litres" | "litro" | "litros" => si("m3", 1e-3),
        "ml" | "milliliter" | "milliliters" | "millilitre" | "millilitres" | "mililitro"
        | "mililitros" => si("m3", 1e-6),
        "cl" | "centiliter" | "centiliters" | "centilitre" | "centilitres" => si("m3", 1e-5),
        "m3" | "m³" | "cubic meter" | "cubic meters" | "cubic metre" | "cubic metres"
        | "metro cubico" | "metros cubicos" => si("m3", 1.0),
        "km3" | "km³" | "cubic kilometer" | "cubic kilometers" | "cubic kilometre"
        | "cubic kilometres" => si("m3", 1e9),
        "cc"
        | "cm3"
        | "cm³"
        | "cubic centimeter"
        | "cubic centimeters"
        | "cubic centimetre"
        | "cubic centimetres"
        | "centimetro cubico"
        | "centimetros cubicos" => si("m3", 1e-6),
        "cubic foot" | "cubic feet" | "cu ft" | "pie cubico" | "pies cubicos" => {
            si("m3", FOOT * FOOT * FOOT)
        }
        "gallon" | "gallons" | "gal" | "galon" | "galones" => si("m3", GALLON),
        "barrel" | "barrels" | "barril" | "barriles" | "bbl" => si("m3", BARREL),
        "cup" | "cups" | "taza" | "tazas" => si("m3", 2.365_882_365e-4),
        "tablespoon" | "tablespoons" | "tbsp" => si("m3", 1.478_676_478_125e-5),
        "teaspoon" | "teaspoons" | "tsp" => si("m3", 4.928_921_593_75e-6),
        // speed
        "km/h"
        | "kph"
        | "kmph"
        | "km/hr"
        | "kmh"
        | "kilometers per hour"
        | "kilometres per hour"
        | "kilometer per hour"
        | "kilometre per hour"
        | "kilometros por hora"
        | "kilometro por hora" => si("m/s", 1e3 / 3600.0),
        "mph" | "miles per hour" | "miles an hour" | "mile per hour" | "millas por hora"
        | "milla por hora" => si("m/s", MILE / 3600.0),
        "m/s" | "meters per second" | "metres per second" => si("m/s", 1.0),
        "knot" | "knots" => si("m/s", 1852.0 / 3600.0),
        // temperature
        "°c" | "ºc" | "° c" | "º c" | "° celsius" | "º celsius" | "degrees celsius"
        | "degree celsius" | "celsius" | "degrees centigrade" | "grados celsius"
        | "grados centigrados" => UnitDef {
            unit: "K",
            factor: 1.0,
            offset: 273.15,
            kind: Kind::Measure,
        },
        "°f" | "ºf" | "° f" | "º f" | "° fahrenheit" | "º fahrenheit" | "degrees fahrenheit"
        | "degree fahrenheit" | "fahrenheit" | "grados fahrenheit" => UnitDef {
            unit: "K",
            factor: 5.0 / 9.0,
            offset: 273.15 - 32.0 * 5.0 / 9.0,
            kind: Kind::Measure,
        },
        "kelvin" | "kelvins" => si("K", 1.0),
        // angle
        // bare degrees may be an angle or a temperature: kept as written
        "degrees" | "degree" | "grados" | "grado" | "°" | "º" => si("degree", 1.0),
        "rad" | "radian" | "radians" | "radianes" => si("rad", 1.0),
        "turn" | "turns" => si("rad", 2.0 * std::f64::consts::PI),
        // energy, power, data, frequency
        "j" | "joule" | "joules" => si("J", 1.0),
        "kj" | "kilojoule" | "kilojoules" => si("J", 1e3),
        "kwh" | "kilowatt hour" | "kilowatt hours" | "kilowatt-hour" | "kilowatt-hours" => {
            si("J", 3.6e6)
        }
        "mwh" | "megawatt hour" | "megawatt hours" | "megawatt-hour" | "megawatt-hours" => {
            si("J", 3.6e9)
        }
        "gwh" | "gigawatt hours" | "gigawatt-hours" => si("J", 3.6e12),
        "watt hour" | "watt hours" | "wh" => si("J", 3600.0),
        "ev" | "electronvolt" | "electronvolts" | "electron volts" => si("J", 1.602_176_634e-19),
        "tev" | "teraelectronvolt" | "teraelectronvolts" => si("J", 1.602_176_634e-7),
        "btu" | "btus" | "british thermal unit" | "british thermal units" => si("J", 1055.05585262),
        "calorie" | "calories" | "cal" => si("J", 4.184),
        "kcal" | "kilocalorie" | "kilocalories" => si("J", 4184.0),
        "w" | "watt" | "watts" | "vatio" | "vatios" => si("W", 1.0),
        "kw" | "kilowatt" | "kilowatts" => si("W", 1e3),
        "mw" | "megawatt" | "megawatts" => si("W", 1e6),
        "gw" | "gigawatt" | "gigawatts" => si("W", 1e9),
        "hp" | "horsepower" | "bhp" => si("W", 745.699_871_582_270_2),
        "hz" | "hertz" => si("Hz", 1.0),
        "khz" | "kilohertz" => si("Hz", 1e3),
        "mhz" | "megahertz" => si("Hz", 1e6),
        "ghz" | "gigahertz" => si("Hz", 1e9),
        "byte" | "bytes" => si("B", 1.0),
        "kilobyte" | "kilobytes" => si("B", 1e3),
        "kibibyte" | "kibibytes" | "kib" => si("B", 1024.0),
        "megabyte" | "megabytes" => si("B", 1e6),
        "gigabyte" | "gigabytes" => si("B", 1e9),
        "terabyte" | "terabytes" => si("B", 1e12),
        "exabyte" | "exabytes" => si("B", 1e18),
        "bit" | "bits" => si("bit", 1.0),
        "megabit" | "megabits" => si("bit", 1e6),
        "pa" | "pascal" | "pascals" => si("Pa", 1.0),
        "kpa" => si("Pa", 1e3),
        "bar" => si("Pa", 1e5),
        "psi" => si("Pa", 6894.757),
        "v" | "volt" | "volts" => si("V", 1.0),
        "kv" | "kilovolt" | "kilovolts" => si("V", 1e3),
        "gray" | "gy" => si("Gy", 1.0),
        "milligray" | "mgy" => si("Gy", 1e-3),
        // durations (kept in calendar units)
        "year" | "years" | "yr" | "yrs" | "ano" | "anos" => dur("year"),
        "month" | "months" | "mes" | "meses" => dur("month"),
        "week" | "weeks" | "semana" | "semanas" => dur("week"),
        "day" | "days" | "dia" | "dias" => dur("day"),
        "hour" | "hours" | "hr" | "hrs" | "hora" | "horas" | "h" => dur("hour"),
        "minute" | "minutes" | "min" | "mins" | "minuto" | "minutos" => dur("minute"),
        "second" | "seconds" | "sec" | "secs" | "segundo" | "segundos" | "s" => dur("second"),
        "decade" | "decades" | "decada" | "decadas" => dur("decade"),
        "megayear" | "megayears" | "megaannum" | "megaanna" => UnitDef {
            unit: "year",
            factor: 1e6,
            offset: 0.0,
            kind: Kind::Duration,
        },
        "gigayear" | "gigayears" | "gigaannum" | "gigaanna" => UnitDef {
            unit: "year",
            factor: 1e9,
            offset: 0.0,
            kind: Kind::Duration,
        },
        // tons per day (industrial output)
        "tpd" => si("kg/day", 907.184_74),
        "century" | "centuries" | "siglo" | "siglos" => dur("century"),
        "millisecond" | "milliseconds" | "ms" => dur("millisecond"),
        _ => return None,
    })
}
